package uk.chatbatch.indicators.adoption;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
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
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;

class DaysFromEnteringCareToMovingInWithAdopters903Test {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final DaysFromEnteringCareToMovingInWithAdopters903 indicator =
            new DaysFromEnteringCareToMovingInWithAdopters903();

    @ParameterizedTest(name = "{0}: measured {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | adopted    | REC | measured
            adopted in the 12 months, unopposed            | 2024-10-01 | E11 | 1
            adopted, consent dispensed with                | 2024-10-01 | E12 | 1
            adopted on the window's first day              | 2024-04-01 | E11 | 1
            adopted 12 months before T: outside            | 2024-03-31 | E11 | 0
            special guardianship, not adoption             | 2024-10-01 | E45 | 0
            """)
    void measuresChildrenAdoptedInTheYear(String scenario, LocalDate adopted, String rec, long measured) {
        IndicatorResult result = indicator.compute(returnHolding(episodes("C1 | 2022-01-01 | S | C2 | U4 | 2023-06-01"
                + " | X1\nC1 | 2023-06-01 | B | E1 | A6 | " + adopted + " | " + rec)), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(result.status()).isEqualTo(measured == 0 ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED);
    }

    @Test
    void meanDaysFromEnteringCareToThePlacementForAdoption() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C1 | U6 | 2023-05-01 | X1
                C1 | 2023-05-01 | L | E1 | U6 | 2024-01-01 | X1
                C1 | 2024-01-01 | P | E1 | A6 | 2024-06-01 | X1    # moved in: 365 days after entering care
                C1 | 2024-06-01 | P | E1 | T1 | 2024-06-05 | X1    # hospital: does not break the run
                C1 | 2024-06-05 | P | E1 | A6 | 2024-10-01 | E11
                C2 | 2023-01-01 | S | C2 | U5 | 2023-07-01 | X1    # fostering for adoption from day 181
                C2 | 2023-07-01 | U | E1 | A5 | 2024-10-01 | E12   # adopted by those carers: A1 counts from A5, day 181
                C3 | 2023-01-01 | S | C2 | U4 | 2024-10-01 | E11   # never placed for adoption: not measured
                """)), T);

        assertThat(headline(result)).isEqualTo(new IndicatorValue("all", "all", 2, null, (365 + 181) / 2.0));
    }
}
