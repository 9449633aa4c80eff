package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

class ChildrenStartingToBeLookedAfter903Test {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenStartingToBeLookedAfter903 indicator = new ChildrenStartingToBeLookedAfter903();

    @ParameterizedTest(name = "{0}: counted {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | DECOM      | RNE | LS | counted
            started in the window                   | 2024-12-01 | S   | C1 | 1
            started on the window's first day       | 2024-10-01 | S   | V2 | 1
            started six months before T: outside    | 2024-09-30 | S   | C1 | 0
            started on T                            | 2025-03-31 | S   | C1 | 1
            started after T                         | 2025-04-01 | S   | C1 | 0
            a change of placement is not a start    | 2024-12-01 | P   | C1 | 0
            a short break (V3) is left out          | 2024-12-01 | S   | V3 | 0
            a short-break agreement (V4) left out   | 2024-12-01 | S   | V4 | 0
            """)
    void countsStartsInTheWindow(String scenario, LocalDate decom, String rne, String legalStatus, long counted) {
        assertCount(counted, indicator.compute(returnHolding(episodes(
                "C1 | " + decom + " | " + rne + " | " + legalStatus + " | U6 |  |")), T));
    }

    @Test
    void countsAChildOnceAtTheFirstStartWithLegalStatusAndNeed() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2024-10-10 | S | V2 | U6 | 2024-11-01 | E4A
                C1 | 2024-12-01 | S | C1 | U6 |            |       # second start: C1 counted once, as V2
                C2 | 2025-01-01 | S | C1 | U6 |            |
                """)), T);

        assertCount(2, result);
        assertThat(result.values()).contains(IndicatorValue.count("legal status", "V2", 1),
                IndicatorValue.count("legal status", "C1", 1),
                IndicatorValue.count("category of need", "unknown", 2));
    }
}
