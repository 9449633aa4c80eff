package uk.chatbatch.indicators.adoption;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;

class AdoptedShareOfChildrenCeasingCareTest {

    /** T = 31 Mar 2025: the window is 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final AdoptedShareOfChildrenCeasingCare indicator = new AdoptedShareOfChildrenCeasingCare();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | DEC        | REC | adopted | ceasing
            adopted, unopposed                            | 2024-06-01 | E11 | 1       | 1
            adopted, consent dispensed with               | 2024-06-01 | E12 | 1       | 1
            special guardianship: ceasing, not adopted    | 2024-06-01 | E45 | 0       | 1
            adopted on the window's first day             | 2024-04-01 | E11 | 1       | 1
            adopted 12 months before T: outside           | 2024-03-31 | E11 | 0       | 0
            """)
    void adoptionsAmongChildrenCeasing(String scenario, LocalDate dec, String rec, long adopted, long ceasing) {
        assertRatio(adopted, ceasing, indicator.compute(returnHolding(episodes(
                "C1 | 2022-01-01 | S | E1 | A6 | " + dec + " | " + rec)), T));
    }

    @Test
    void shareOfAllChildrenCeasing() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2022-01-01 | S | E1 | A6 | 2024-06-01 | E11
                C2 | 2022-01-01 | S | C2 | U4 | 2024-06-01 | E4A
                C3 | 2022-01-01 | S | C2 | U4 | 2024-06-01 | E13
                C4 | 2022-01-01 | S | C2 | U4 | 2024-06-01 | E17
                C5 | 2022-01-01 | S | C2 | U4 |            |        # still looked after
                """)), T);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }
}
