package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Ssda903Testing;

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

class ChildrenAwayWithoutAuthorisation903Test {

    /** T = 31 Mar 2025: the 12 months are 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenAwayWithoutAuthorisation903 indicator = new ChildrenAwayWithoutAuthorisation903();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | MISSING | MIS_START  | away | children
            away in the 12 months                          | A       | 2024-11-01 | 1    | 1
            away on T                                      | A       | 2025-03-31 | 1    | 1
            away 12 months before T: outside               | A       | 2024-03-31 | 0    | 1
            missing is not away without authorisation      | M       | 2024-11-01 | 0    | 1
            """)
    void countsChildrenAwayWithoutAuthorisationInTheYear(String scenario, String type, LocalDate start, long away,
                                                         long children) {
        assertRatio(away, children, indicator.compute(returnHolding(
                episodes("C1 | 2023-01-01 | S | C2 | U4 |  |"),
                missing("C1 | " + type + " | " + start + " |")), T));
    }

    @Test
    void eachChildIsCountedOnceHoweverOftenAway() {
        assertRatio(1, 2, indicator.compute(returnHolding(episodes("""
                C1 | 2023-01-01 | S | C2 | U4 |  |
                C2 | 2023-01-01 | S | C2 | U4 |  |
                """), missing("""
                C1 | A | 2024-05-01 | 2024-05-01
                C1 | A | 2024-06-01 | 2024-06-02
                """)), T));
    }
}
