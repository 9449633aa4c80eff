package uk.chatbatch.indicators.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.ssda903.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.ssda903.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;

class DaysFromEnteringCareToPlacementAdjustedForFosterCarerAdoptionsTest {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DaysFromEnteringCareToPlacementAdjustedForFosterCarerAdoptions indicator =
            new DaysFromEnteringCareToPlacementAdjustedForFosterCarerAdoptions();

    @Test
    void adoptedByFosterCarersCountsFromWhenTheChildMovedInWithThem() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C1 | U6 | 2023-02-01 | X1
                C1 | 2023-02-01 | P | C2 | U4 | 2024-01-01 | X1    # moved in with these carers: day 31
                C1 | 2024-01-01 | U | E1 | A5 | 2024-10-01 | E11   # they adopt: A10 stops at day 31, A1 at day 365
                """)), T);

        assertThat(headline(result).value()).isEqualTo(31.0);
    }

    @Test
    void adoptedByNewCarersIsTheSameAsA1() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C1 | U6 | 2024-01-01 | X1
                C1 | 2024-01-01 | B | E1 | A6 | 2024-10-01 | E11   # new carers: day 365
                """)), T);

        assertThat(headline(result).value()).isEqualTo(365.0);
    }

    @Test
    void noCasesWhenNoChildWasAdopted() {
        IndicatorResult result = indicator.compute(returnHolding(episodes(
                "C1 | 2023-01-01 | S | C2 | U6 | 2024-10-01 | E4A")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
    }
}
