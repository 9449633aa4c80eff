package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DISABILITY;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class DisabledChildrenAssessedTest {

    /** T = 30 Jun 2024: the window is 31 Dec 2023 to 30 Jun 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    private final DisabledChildrenAssessed indicator = new DisabledChildrenAssessed();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | authorised | disability? | disabled | assessments
            disabled                                    | 2024-05-01 | Yes         | 1        | 1
            not disabled                                | 2024-05-01 | No          | 0        | 1
            Unknown: in the denominator only            | 2024-05-01 | Unknown     | 0        | 1
            blank: in the denominator only              | 2024-05-01 |             | 0        | 1
            authorised on the first day of the window   | 2023-12-31 | Yes         | 1        | 1
            authorised on T minus 6 months              | 2023-12-30 | Yes         | 0        | 0
            """)
    void measuresAssessmentsAuthorisedInTheWindow(String scenario, LocalDate authorised, String answer,
                                                  long disabled, long assessments) {
        assertRatio(disabled, assessments, indicator.compute(only(ASSESSMENTS, assessment(authorised, answer)), T));
    }

    @Test
    void percentageOfTheWindowsAssessments() {
        LocalDate may = LocalDate.of(2024, 5, 1);
        assertRatio(1, 4, indicator.compute(only(ASSESSMENTS, assessment(may, "Yes"), assessment(may, "No"),
                assessment(may, "No"), assessment(may, null)), T));
    }

    private static TableRecord assessment(LocalDate authorised, String disability) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_AUTHORISATION_DATE, authorised)
                .set(DISABILITY, disability).build();
    }
}
