package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.missing;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;

class ChildrenWhoWentMissing903Test {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenWhoWentMissing903 indicator = new ChildrenWhoWentMissing903();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | MISSING | MIS_START  | missing | children
            missing in the 12 months                       | M       | 2024-11-01 | 1       | 1
            missing on the window's first day              | M       | 2024-04-01 | 1       | 1
            missing 12 months before T: outside            | M       | 2024-03-31 | 0       | 1
            missing after T                                | M       | 2025-04-01 | 0       | 1
            away without authorisation is not missing      | A       | 2024-11-01 | 0       | 1
            """)
    void countsChildrenWithAMissingIncidentInTheYear(String scenario, String type, LocalDate start, long wentMissing,
                                                     long children) {
        assertRatio(wentMissing, children, indicator.compute(returnHolding(
                episodes("C1 | 2023-01-01 | S | C2 | U4 |  |"),
                missing("C1 | " + type + " | " + start + " |")), T));
    }

    @Test
    void theDenominatorIsEveryChildLookedAfterInTheYear() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C2 | U4 | 2024-06-01 | E4A   # left care in the year: in
                C2 | 2024-09-01 | S | C1 | U6 |            |       # started in the year: in
                C3 | 2022-01-01 | S | C2 | U4 | 2024-03-31 | E4A   # left before the year: out
                C4 | 2024-09-01 | S | V3 | U6 | 2024-09-03 | E13   # short break: out
                """), missing("""
                C1 | M | 2024-05-01 | 2024-05-02
                C3 | M | 2024-05-01 | 2024-05-02                   # no episode in the year: not counted
                """)), T);

        assertRatio(1, 2, result);
    }

    @Test
    void notComputedWithoutMissingRows() {
        IndicatorResult result = IndicatorEngine.forAllIndicators()
                .compute(indicator, returnHolding(episodes("C1 | 2023-01-01 | S | C2 | U4 |  |")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
        assertThat(result.message()).contains("Missing table");
    }
}
