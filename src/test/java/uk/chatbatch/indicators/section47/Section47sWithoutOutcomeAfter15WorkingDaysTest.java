package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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

class Section47sWithoutOutcomeAfter15WorkingDaysTest {

    /** T = Tue 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final Section47sWithoutOutcomeAfter15WorkingDays indicator =
            new Section47sWithoutOutcomeAfter15WorkingDays();

    @ParameterizedTest(name = "{0}: counted {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | strategy   | ICPC       | unnecessary? | counted
            Tue 9 Sep: 15 working days old at T, not yet counted     | 2025-09-09 |            |              | 0
            Mon 8 Sep: 16 working days old, no outcome               | 2025-09-08 |            |              | 1
            16 days old, answered No but no conference yet           | 2025-09-08 |            | No           | 1
            16 days old, deemed unnecessary                          | 2025-09-08 |            | Yes          | 0
            16 days old, conference held on T                        | 2025-09-08 | 2025-09-30 | No           | 0
            16 days old, conference booked after T                   | 2025-09-08 | 2025-10-02 | No           | 1
            started before the window and still open                 | 2025-02-03 |            |              | 1
            started after T                                          | 2025-10-01 |            |              | 0
            """)
    void countsEnquiriesOlderThan15WorkingDaysWithNoOutcomeAtT(String scenario, LocalDate strategy,
            LocalDate icpc, String unnecessary, long counted) {
        assertCount(counted, indicator.compute(only(SECTION_47, enquiry(strategy, icpc, unnecessary, "A")), T));
    }

    @Test
    void byTeamWithUnallocatedLast() {
        LocalDate old = LocalDate.of(2025, 8, 1);
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry(old, null, null, "Team B"),
                enquiry(old, null, null, "Team A"),
                enquiry(old, null, null, null),
                enquiry(old, LocalDate.of(2025, 8, 20), "No", "Team C")),   // conference held: no row for Team C
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("team", "Team A", 1),
                IndicatorValue.count("team", "Team B", 1),
                IndicatorValue.count("team", "unallocated", 1));
        assertThat(result.counted()).hasSize(3).allMatch(r -> r.inNumerator() && !r.inDenominator());
    }

    private static TableRecord enquiry(LocalDate start, LocalDate icpc, String unnecessary, String team) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, start).set(ICPC_DATE, icpc)
                .set(ICPC_UNNECESSARY, unnecessary).set(ALLOCATED_TEAM, team).build();
    }
}
