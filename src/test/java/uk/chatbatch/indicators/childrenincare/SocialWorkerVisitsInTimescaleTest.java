package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_SW_VISIT;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
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

class SocialWorkerVisitsInTimescaleTest {

    /** T = 31 Mar 2025: six weeks before is 17 Feb 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final SocialWorkerVisitsInTimescale indicator = new SocialWorkerVisitsInTimescale();

    @ParameterizedTest(name = "{0}: in time {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | started    | ceased     | visit      | in time | looked after
            visited on T                                       | 2024-01-01 |            | 2025-03-31 | 1       | 1
            visited exactly six weeks before T                 | 2024-01-01 |            | 2025-02-17 | 1       | 1
            visited six weeks and a day before T               | 2024-01-01 |            | 2025-02-16 | 0       | 1
            never visited: stays in the denominator            | 2024-01-01 |            |            | 0       | 1
            started on T, not yet visited                      | 2025-03-31 |            |            | 0       | 1
            visit after T: data error, left out of both        | 2024-01-01 |            | 2025-04-01 | 0       | 0
            ceased on T                                        | 2024-01-01 | 2025-03-31 | 2025-03-20 | 0       | 0
            """)
    void measuresChildrenLookedAfterByTheLastVisit(String boundary, LocalDate started, LocalDate ceased,
                                                   LocalDate visit, long inTime, long lookedAfter) {
        assertRatio(inTime, lookedAfter, indicator.compute(only(CHILDREN_IN_CARE,
                child(started, ceased, visit, "A", "W")), T));
    }

    @ParameterizedTest(name = "within {0} weeks, visited {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # weeks | visit      | in time
            13      | 2024-12-30 | 1
            13      | 2024-12-29 | 0
            """)
    void theNumberOfWeeksIsASetting(int weeks, LocalDate visit, long inTime) {
        IndicatorContext context = T.with(IndicatorSettings.of(Map.of("cla_visit_within_weeks", weeks), "test"),
                Population.notConfigured());

        assertRatio(inTime, 1, indicator.compute(only(CHILDREN_IN_CARE,
                child(LocalDate.of(2024, 1, 1), null, visit, "A", "W")), context));
    }

    @Test
    void breaksDownByTeamAndWorker() {
        LocalDate started = LocalDate.of(2024, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                child(started, null, LocalDate.of(2025, 3, 1), "North", "Ann"),
                child(started, null, LocalDate.of(2024, 12, 1), "North", null),
                child(started, null, LocalDate.of(2025, 3, 10), "South", "Bo")), T);

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("team", "North", 1, 2),
                IndicatorValue.percent("team", "South", 1, 1),
                IndicatorValue.percent("worker", "Ann", 1, 1),
                IndicatorValue.percent("worker", "unallocated", 0, 1));
    }

    private static TableRecord child(LocalDate started, LocalDate ceased, LocalDate visit, String team,
                                      String worker) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .set(CLA_LAST_SW_VISIT, visit).set(ALLOCATED_TEAM, team).set(ALLOCATED_WORKER, worker).build();
    }
}
