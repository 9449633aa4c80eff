package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_CHILD_SEEN;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildSeenDuringAssessmentTest {

    /** T = 30 Jun 2024: the window is 31 Dec 2023 to 30 Jun 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    private final ChildSeenDuringAssessment indicator = new ChildSeenDuringAssessment();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | authorised | seen?   | seen | assessments
            seen                                        | 2024-05-01 | Yes     | 1    | 1
            not seen                                    | 2024-05-01 | No      | 0    | 1
            Unknown: in the denominator only            | 2024-05-01 | Unknown | 0    | 1
            blank or rejected: in the denominator only  | 2024-05-01 |         | 0    | 1
            authorised on the first day of the window   | 2023-12-31 | Yes     | 1    | 1
            authorised on T minus 6 months              | 2023-12-30 | Yes     | 0    | 0
            not yet authorised                          |            | Yes     | 0    | 0
            """)
    void measuresAssessmentsAuthorisedInTheWindow(String scenario, LocalDate authorised, String seenAnswer,
                                                  long seen, long assessments) {
        assertRatio(seen, assessments, indicator.compute(only(ASSESSMENTS, assessment(authorised, seenAnswer, "A")), T));
    }

    @Test
    void byTeamWithTheDrillDownFlaggingEachAssessment() {
        LocalDate may = LocalDate.of(2024, 5, 1);
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(may, "Yes", "Team A"),
                assessment(may, "No", "Team A"),
                assessment(may, "Yes", "Team B")),
                T);

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("team", "Team A", 1, 2),
                IndicatorValue.percent("team", "Team B", 1, 1));
        assertThat(result.counted()).extracting(CountedRecord::inNumerator).containsExactly(true, false, true);
        assertThat(result.counted()).allMatch(CountedRecord::inDenominator);
    }

    private static TableRecord assessment(LocalDate authorised, String seen, String team) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, LocalDate.of(2023, 12, 1))
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).set(ASSESSMENT_CHILD_SEEN, seen)
                .set(ALLOCATED_TEAM, team).build();
    }
}
