package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

class ThreeOrMorePlacementsInTwelveMonths903Test {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ThreeOrMorePlacementsInTwelveMonths903 indicator = new ThreeOrMorePlacementsInTwelveMonths903();

    private IndicatorResult compute(String episodes) {
        return indicator.compute(returnHolding(episodes(episodes)), T);
    }

    @Test
    void threePlacementsCountingTheOneHeldWhenTheYearBegan() {
        assertRatio(1, 1, compute("""
                C1 | 2023-01-01 | S | C2 | U6 | 2024-06-01 | X1   # held on 1 Apr 2024: 1
                C1 | 2024-06-01 | P | C2 | U4 | 2024-09-01 | X1   # 2
                C1 | 2024-09-01 | P | C2 | K2 |            |      # 3
                """));
    }

    @Test
    void aPlacementEndingTheDayBeforeTheYearIsNotCounted() {
        assertRatio(0, 1, compute("""
                C1 | 2023-01-01 | S | C2 | U6 | 2024-03-31 | X1   # left on 31 Mar 2024: outside
                C1 | 2024-03-31 | P | C2 | U4 | 2024-09-01 | X1   # 1
                C1 | 2024-09-01 | P | C2 | K2 |            |      # 2
                """));
    }

    @Test
    void aPlacementEndingOnTheYearsFirstDayIsCounted() {
        assertRatio(1, 1, compute("""
                C1 | 2023-01-01 | S | C2 | U6 | 2024-04-01 | X1   # still there on 1 Apr 2024: 1
                C1 | 2024-04-01 | P | C2 | U4 | 2024-09-01 | X1   # 2
                C1 | 2024-09-01 | P | C2 | K2 |            |      # 3
                """));
    }

    @Test
    void changesWithTheSameCarersAndTemporaryMovesAreNotPlacements() {
        assertRatio(0, 1, compute("""
                C1 | 2024-05-01 | S | C1 | U6 | 2024-06-01 | X1 | AB1 2CD | SC1 |   # 1
                C1 | 2024-06-01 | L | C2 | U6 | 2024-07-01 | X1 | AB1 2CD | SC1 |   # legal status only
                C1 | 2024-07-01 | T | C2 | U4 | 2024-08-01 | X1 | AB1 2CD | SC1 |   # same carers, now long-term
                C1 | 2024-08-01 | P | C2 | T3 | 2024-08-10 | X1 |         |     |   # carer on holiday
                C1 | 2024-08-10 | P | C2 | U4 | 2024-10-01 | X1 | AB1 2CD | SC1 |   # back
                C1 | 2024-10-01 | P | C2 | U6 |            |    | XY9 8ZZ | SC2 |   # 2
                """));
    }

    @Test
    void placementsInAnEarlierPeriodOfCareInTheYearCount() {
        assertRatio(1, 1, compute("""
                C1 | 2024-04-10 | S | V2 | U6 | 2024-05-01 | E4A  # 1
                C1 | 2024-08-01 | S | C1 | U6 | 2024-09-01 | X1   # 2
                C1 | 2024-09-01 | P | C2 | U4 |            |      # 3
                """));
    }

    @Test
    void onlyChildrenLookedAfterAtThePeriodEndAreMeasured() {
        IndicatorResult result = compute("""
                C1 | 2024-05-01 | S | C2 | U6 | 2024-06-01 | X1
                C1 | 2024-06-01 | P | C2 | U4 | 2024-07-01 | X1
                C1 | 2024-07-01 | P | C2 | K2 | 2025-01-01 | E4A  # three placements, but left care
                C2 | 2024-05-01 | S | C2 | U4 |            |
                C3 | 2025-03-01 | S | V3 | U4 |            |      # short break: not in the population
                """);

        assertRatio(0, 1, result);
        assertThat(result.values())
                .contains(IndicatorValue.percent("placement group", "foster (including kinship)", 0, 1));
    }
}
