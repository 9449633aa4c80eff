package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Ssda903Testing;
import uk.chatbatch.input.InputData;

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

    /** Each case is one child adopted in the window; A1 and A10 must measure the same children. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                | episodes (; between)                                                                                                   | A1  | A10
            short breaks (V4) with the carers who then foster     | C1,2023-01-01,S,V4,U4,2023-03-01,X1; C1,2023-03-01,L,C2,U4,2024-01-01,X1; C1,2024-01-01,U,E1,A5,2024-10-01,E11        | 365 | 59
            placed with the foster carer directly as P into A5    | C1,2023-01-01,S,C2,U4,2023-07-01,X1; C1,2023-07-01,P,E1,A5,2024-10-01,E12                                             | 181 | 0
            foster carers, then respite, then A5 with them        | C1,2023-01-01,S,C2,U4,2023-07-01,X1; C1,2023-07-01,T,C2,T1,2023-07-08,X1; C1,2023-07-08,U,E1,A5,2024-10-01,E11        | 188 | 0
            fostering for adoption: A6 adopters, then their A5    | C1,2023-01-01,S,C2,U6,2023-02-01,X1; C1,2023-02-01,P,E1,A6,2023-09-01,X1; C1,2023-09-01,L,E1,A6,2024-10-01,E11        | 31  | 31
            """)
    void measuresTheSameAdoptedChildrenAsA1(String scenario, String episodes, double a1, double a10) {
        InputData data = returnHolding(episodes(episodes.replace(";", "\n").replace(",", "|")));

        IndicatorResult adjusted = indicator.compute(data, T);
        IndicatorResult unadjusted = new DaysFromEnteringCareToMovingInWithAdopters903().compute(data, T);

        assertThat(headline(unadjusted).value()).isEqualTo(a1);
        assertThat(headline(adjusted).value()).isEqualTo(a10);
        assertThat(adjusted.counted()).extracting(CountedRecord::childId)
                .containsExactlyElementsOf(unadjusted.counted().stream().map(CountedRecord::childId).toList());
    }

    @Test
    void noCasesWhenNoChildWasAdopted() {
        IndicatorResult result = indicator.compute(returnHolding(episodes(
                "C1 | 2023-01-01 | S | C2 | U6 | 2024-10-01 | E4A")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
    }
}
