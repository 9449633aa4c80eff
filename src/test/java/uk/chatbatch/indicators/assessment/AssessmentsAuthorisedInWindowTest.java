package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class AssessmentsAuthorisedInWindowTest {

    /** T = 30 Jun 2024: the window is 31 Dec 2023 to 30 Jun 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    private final AssessmentsAuthorisedInWindow indicator = new AssessmentsAuthorisedInWindow();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | start      | authorised | counted
            authorised on the first day of the window     | 2023-12-01 | 2023-12-31 | 1
            authorised on T minus 6 months                | 2023-12-01 | 2023-12-30 | 0
            authorised on T                               | 2024-05-01 | 2024-06-30 | 1
            authorised the day after T                    | 2024-05-01 | 2024-07-01 | 0
            started in the window but still open          | 2024-05-01 |            | 0
            authorised before its start: still counted    | 2024-05-10 | 2024-05-01 | 1
            """)
    void countsAssessmentsAuthorisedInTheWindow(String boundary, LocalDate start, LocalDate authorised, long counted) {
        assertCount(counted, indicator.compute(only(ASSESSMENTS, row(ASSESSMENTS).set(CHILD_ID, "C1")
                .set(ASSESSMENT_START_DATE, start).set(ASSESSMENT_AUTHORISATION_DATE, authorised).build()), T));
    }
}
