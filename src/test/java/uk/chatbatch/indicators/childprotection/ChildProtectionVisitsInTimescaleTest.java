package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_LAST_STATUTORY_VISIT;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ChildProtectionVisitsInTimescaleTest {

    /** T = Tue 30 Sep 2025; no bank holiday in September, so the 10th working day before T is Wed 17 Sep. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildProtectionVisitsInTimescale indicator = new ChildProtectionVisitsInTimescale();

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | start      | end        | visit      | in time | open
            visited on T                                   | 2025-01-01 |            | 2025-09-30 | 1       | 1
            visited 10 working days before T               | 2025-01-01 |            | 2025-09-16 | 1       | 1
            visited 11 working days before T               | 2025-01-01 |            | 2025-09-15 | 0       | 1
            visited Sunday 14 Sep: 11 working days         | 2025-01-01 |            | 2025-09-14 | 0       | 1
            visited in 2017, before the calendar: late     | 2017-01-01 |            | 2017-02-01 | 0       | 1
            no visit: stays in the denominator             | 2025-01-01 |            |            | 0       | 1
            visit after T: data error, left out of both    | 2025-01-01 |            | 2025-10-01 | 0       | 0
            plan ended on T                                | 2025-01-01 | 2025-09-30 | 2025-09-29 | 0       | 0
            """)
    void measuresOpenPlansByTheLastVisit(String boundary, LocalDate start, LocalDate end, LocalDate visit,
                                         long inTime, long open) {
        assertRatio(inTime, open, indicator.compute(only(CHILD_PROTECTION, plan("C1", start, end, visit, "A", "W")), T));
    }

    @ParameterizedTest(name = "within {0} working days, visited {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # setting | visit      | in time
            15        | 2025-09-09 | 1
            15        | 2025-09-08 | 0
            """)
    void theNumberOfWorkingDaysIsASetting(int workingDays, LocalDate visit, long inTime) {
        IndicatorContext context = T.with(IndicatorSettings.of(Map.of("cp_visit_within_working_days", workingDays),
                "test"), Population.notConfigured());

        assertRatio(inTime, 1, indicator.compute(only(CHILD_PROTECTION,
                plan("C1", LocalDate.of(2025, 1, 1), null, visit, "A", "W")), context));
    }

    @Test
    void breaksDownByTeamAndWorker() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILD_PROTECTION,
                plan("C1", start, null, LocalDate.of(2025, 9, 25), "North", "Ann"),
                plan("C2", start, null, LocalDate.of(2025, 8, 1), "North", "Ann"),
                plan("C3", start, null, null, "South", "Bo")), T);

        assertRatio(1, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("team", "North", 1, 2),
                IndicatorValue.percent("team", "South", 0, 1),
                IndicatorValue.percent("worker", "Ann", 1, 2),
                IndicatorValue.percent("worker", "Bo", 0, 1));
    }

    private static TableRecord plan(String child, LocalDate start, LocalDate end, LocalDate visit, String team,
                                     String worker) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, start).set(CP_END_DATE, end)
                .set(CP_LAST_STATUTORY_VISIT, visit).set(ALLOCATED_TEAM, team).set(ALLOCATED_WORKER, worker).build();
    }
}
