package uk.chatbatch.indicators.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.ssda903.Ssda903Testing.episodes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ssda903.CollectionYear;

/** DfE's OC2 cohort at 31 March 2025 (collection year 2024-25), worked out from the episodes. */
class ContinuouslyLookedAfterCohortTest {

    private static final CollectionYear Y2024_25 = CollectionYear.parse("2024-25");

    @Test
    void childrenLookedAfterThroughoutTheYearAtItsEndAreTheCohort() {
        ContinuouslyLookedAfterCohort cohort = ContinuouslyLookedAfterCohort.of(episodes("""
                A | 2023-01-01 | S | C2 | U4 |            |       # throughout: in
                B | 2024-04-01 | S | C2 | U4 |            |       # began on the year's 1 April: in
                C | 2024-04-02 | S | C2 | U4 |            |       # began a day later: out
                D | 2023-01-01 | S | C2 | U4 | 2025-03-31 | E11   # ceased on 31 March: out
                E | 2023-01-01 | S | C2 | U4 | 2024-06-01 | X1
                E | 2024-06-01 | P | C2 | U6 |            |       # a new placement continues the period: in
                F | 2023-01-01 | S | C2 | U4 | 2024-06-01 | E4A
                F | 2024-06-10 | S | V2 | U4 |            |       # left care and came back: out
                G | 2023-01-01 | S | V3 | U4 |            |       # short breaks: out
                """));
        assertThat(cohort.children(Y2024_25)).containsExactly("A", "B", "E");
        assertThat(cohort.includes("H", Y2024_25)).as("no episodes").isFalse();
    }

    @Test
    void theRunsYearIsTheOneEndingOnTheLast31MarchOnOrBeforeThePeriodEnd() {
        assertThat(ContinuouslyLookedAfterCohort.yearEndingOnOrBefore(LocalDate.of(2025, 9, 30))).isEqualTo(Y2024_25);
        assertThat(ContinuouslyLookedAfterCohort.yearEndingOnOrBefore(LocalDate.of(2025, 3, 31))).isEqualTo(Y2024_25);
        assertThat(ContinuouslyLookedAfterCohort.yearEndingOnOrBefore(LocalDate.of(2025, 3, 30)))
                .isEqualTo(CollectionYear.parse("2023-24"));
    }
}
