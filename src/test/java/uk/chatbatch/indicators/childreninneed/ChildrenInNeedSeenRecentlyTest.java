package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_LAST_SEEN;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ChildrenInNeedSeenRecentlyTest {

    /**
     * T = Tue 30 Sep 2025. September 2025 has no bank holiday, so the 20th working day before T is Wed 3 Sep
     * and a child last seen on Tue 2 Sep was seen 20 working days before T.
     */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenInNeedSeenRecently indicator = new ChildrenInNeedSeenRecently();

    @ParameterizedTest(name = "{0}: seen {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | start      | closure    | last seen  | seen | open
            seen on T: 0 working days                       | 2025-01-01 |            | 2025-09-30 | 1    | 1
            seen 20 working days before T                   | 2025-01-01 |            | 2025-09-02 | 1    | 1
            seen 21 working days before T                   | 2025-01-01 |            | 2025-09-01 | 0    | 1
            seen on the weekend before: 21 working days     | 2025-01-01 |            | 2025-08-31 | 0    | 1
            seen in 2016, before the calendar: late         | 2015-01-01 |            | 2016-03-01 | 0    | 1
            never seen: blank stays in the denominator      | 2025-01-01 |            |            | 0    | 1
            seen after T: data error, left out of both      | 2025-01-01 |            | 2025-10-01 | 0    | 0
            closed on T: not open                           | 2025-01-01 | 2025-09-30 | 2025-09-29 | 0    | 0
            closes after T: open                            | 2025-01-01 | 2025-10-01 | 2025-09-29 | 1    | 1
            """)
    void measuresOpenEpisodesByTheLastSeenDate(String boundary, LocalDate start, LocalDate closure,
                                               LocalDate lastSeen, long seen, long open) {
        assertRatio(seen, open, indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", start, closure, lastSeen, "Team A", "Worker 1")), T));
    }

    @ParameterizedTest(name = "within {0} working days, seen on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # setting | last seen  | seen
            10        | 2025-09-16 | 1
            10        | 2025-09-15 | 0
            0         | 2025-09-30 | 1
            0         | 2025-09-29 | 0
            """)
    void theNumberOfWorkingDaysIsASetting(int workingDays, LocalDate lastSeen, long seen) {
        IndicatorContext context = T.with(IndicatorSettings.of(Map.of("cin_seen_within_working_days", workingDays),
                "test"), Population.notConfigured());

        assertRatio(seen, 1, indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2025, 1, 1), null, lastSeen, "Team A", "Worker 1")), context));
    }

    @Test
    void countsWorkingDaysAcrossABankHoliday() {
        // T = Fri 29 Aug 2025; Mon 25 Aug is a bank holiday, so 20 working days back is Thu 31 Jul.
        IndicatorContext t = periodEnding(LocalDate.of(2025, 8, 29));

        assertRatio(1, 1, indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 7, 31), "A", "W")), t));
        assertRatio(0, 1, indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 7, 30), "A", "W")), t));
    }

    @Test
    void breaksDownByTeamAndWorkerWithDrillDown() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED,
                episode("C1", start, null, LocalDate.of(2025, 9, 20), "Team A", "Worker 1"),   // seen
                episode("C2", start, null, LocalDate.of(2025, 6, 1), "Team A", "Worker 1"),    // not seen
                episode("C3", start, null, LocalDate.of(2025, 9, 25), "Team B", null)),        // seen, unallocated
                T);

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("team", "Team A", 1, 2),
                IndicatorValue.percent("team", "Team B", 1, 1),
                IndicatorValue.percent("worker", "Worker 1", 1, 2),
                IndicatorValue.percent("worker", "unallocated", 1, 1));
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator,
                        CountedRecord::inDenominator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", true, true),
                        org.assertj.core.groups.Tuple.tuple("C2", false, true),
                        org.assertj.core.groups.Tuple.tuple("C3", true, true));
    }

    private static TableRecord episode(String child, LocalDate start, LocalDate closure, LocalDate lastSeen,
                                        String team, String worker) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, child).set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(DATE_LAST_SEEN, lastSeen).set(ALLOCATED_TEAM, team).set(ALLOCATED_WORKER, worker).build();
    }
}
