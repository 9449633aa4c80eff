package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
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
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class OpenAssessmentsOver45WorkingDaysTest {

    /** T = Tue 30 Sep 2025; Mon 25 Aug 2025 is a bank holiday. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final OpenAssessmentsOver45WorkingDays indicator = new OpenAssessmentsOver45WorkingDays();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | start      | authorised | overdue | open
            Mon 28 Jul: 45 working days open at T, not yet overdue | 2025-07-28 |            | 0       | 1
            Fri 25 Jul: 46 working days open at T, overdue         | 2025-07-25 |            | 1       | 1
            authorised after T: still open at T                    | 2025-07-25 | 2025-10-01 | 1       | 1
            authorised on T: not open                              | 2025-07-25 | 2025-09-30 | 0       | 0
            started on T                                           | 2025-09-30 |            | 0       | 1
            started after T: not open at T                         | 2025-10-01 |            | 0       | 0
            """)
    void measuresAssessmentsOpenAtThePeriodEnd(String scenario, LocalDate start, LocalDate authorised,
                                               long overdue, long open) {
        assertRatio(overdue, open, indicator.compute(only(ASSESSMENTS, assessment(start, authorised, "A", "Ann")), T));
    }

    @Test
    void byTeamAndWorkerEachRowIsThePercentageOfTheirOpenAssessments() {
        LocalDate overdue = LocalDate.of(2025, 7, 1);
        LocalDate recent = LocalDate.of(2025, 9, 15);
        IndicatorResult result = indicator.compute(only(ASSESSMENTS,
                assessment(overdue, null, "Team A", "Ann"),
                assessment(recent, null, "Team A", "Ann"),
                assessment(overdue, null, "Team B", null),
                assessment(overdue, LocalDate.of(2025, 9, 1), "Team B", "Bob")),    // authorised: not open
                T);

        assertRatio(2, 3, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 2, 3),
                IndicatorValue.percent("team", "Team A", 1, 2),
                IndicatorValue.percent("team", "Team B", 1, 1),
                IndicatorValue.percent("worker", "Ann", 1, 2),
                IndicatorValue.percent("worker", "unallocated", 1, 1));
    }

    private static TableRecord assessment(LocalDate start, LocalDate authorised, String team, String worker) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, start)
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).set(ALLOCATED_TEAM, team)
                .set(ALLOCATED_WORKER, worker).build();
    }
}
