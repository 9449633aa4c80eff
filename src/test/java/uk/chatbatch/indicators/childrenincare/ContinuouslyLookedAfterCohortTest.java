package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.Ssda903Testing;
import uk.chatbatch.model.table.CollectionYear;

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

    /** 2024-25: 1 April 2024 to 31 March 2025. */
    private static final CollectionYear YEAR = CollectionYear.startingIn(2024);

    /** Each case is child C1's episodes (CHILD,DECOM,RNE,LS,PLACE,DEC,REC; between episodes). */
    @ParameterizedTest(name = "{0}: in the cohort {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | episodes                                                                                   | in
            started on 1 April, the year's first day               | C1,2024-04-01,S,C2,U4,,                                                                    | true
            started on 2 April: 12 months less a day               | C1,2024-04-02,S,C2,U4,,                                                                    | false
            ceased on 31 March: not looked after at its end        | C1,2023-01-01,S,C2,U4,2025-03-31,E4A                                                       | false
            ceased after 31 March: looked after all year           | C1,2023-01-01,S,C2,U4,2025-04-15,E4A                                                       | true
            a change of placement keeps care continuous            | C1,2023-01-01,S,C2,U4,2024-09-01,X1; C1,2024-09-01,P,C2,U1,,                               | true
            ceased and started again in the year: a gap            | C1,2023-01-01,S,C2,U4,2024-06-01,E4A; C1,2024-06-10,S,C2,U4,,                              | false
            a new start on the day the last ended is a new period  | C1,2023-01-01,S,C2,U4,2024-06-01,E4A; C1,2024-06-01,S,C2,U4,,                              | false
            short breaks (V4) into the year's first day            | C1,2024-01-01,S,V4,U4,2024-04-01,X1; C1,2024-04-01,L,C2,U4,,                               | false
            short breaks (V4) ended before the year                | C1,2024-01-01,S,V4,U4,2024-03-31,X1; C1,2024-03-31,L,C2,U4,,                               | true
            still under short breaks (V3) at 31 March              | C1,2023-01-01,S,V3,U4,,                                                                    | false
            """)
    void childrenLookedAfterAllYearWithoutShortBreaks(String scenario, String episodes, boolean in) {
        assertThat(ContinuouslyLookedAfterCohort.of(
                episodes(episodes.replace(";", "\n").replace(",", "|"))).children(YEAR)).hasSize(in ? 1 : 0);
    }
}
