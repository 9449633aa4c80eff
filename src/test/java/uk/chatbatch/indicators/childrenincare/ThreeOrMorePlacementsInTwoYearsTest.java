package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class ThreeOrMorePlacementsInTwoYearsTest {

    /** T = 31 Mar 2025: two years before is 31 Mar 2023; the 24 months are 1 Apr 2023 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ThreeOrMorePlacementsInTwoYears indicator = new ThreeOrMorePlacementsInTwoYears();

    @ParameterizedTest(name = "{0}: {2} of {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | started    | three | cohort
            looked after for exactly two years            | 2023-03-31 | 1     | 1
            looked after two years less a day             | 2023-04-01 | 0     | 0
            """)
    void measuresChildrenLookedAfterForTwoYears(String scenario, LocalDate started, long three, long cohort) {
        assertRatio(three, cohort, indicator.compute(returnHolding(episodes(
                "C1 | " + started + " | S | C2 | U6 | 2023-09-01 | X1\n"
                        + "C1 | 2023-09-01 | P | C2 | U4 | 2024-09-01 | X1\n"
                        + "C1 | 2024-09-01 | P | C2 | K2 |  |")), T));
    }

    @Test
    void placementsAreCountedOverTwoYears() {
        assertRatio(1, 2, indicator.compute(returnHolding(episodes("""
                C1 | 2022-01-01 | S | C2 | U6 | 2023-05-01 | X1   # held on 1 Apr 2023: 1
                C1 | 2023-05-01 | P | C2 | U4 | 2024-05-01 | X1   # 2, more than a year before T
                C1 | 2024-05-01 | P | C2 | U4 |            |      # 3
                C2 | 2022-01-01 | S | C2 | U6 | 2023-03-01 | X1   # ended before the two years
                C2 | 2023-03-01 | P | C2 | U4 | 2024-05-01 | X1   # 1
                C2 | 2024-05-01 | P | C2 | U4 |            |      # 2
                """)), T));
    }
}
