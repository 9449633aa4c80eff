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

class ChildrenCeasingToBeLookedAfterByReason903Test {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenCeasingToBeLookedAfterByReason903 indicator = new ChildrenCeasingToBeLookedAfterByReason903();

    @ParameterizedTest(name = "{0}: counted {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                     | LS | DEC        | REC | counted
            returned home in the window                | C2 | 2024-12-01 | E4A | 1
            ceased on the window's first day           | C2 | 2024-10-01 | E11 | 1
            ceased six months before T: outside        | C2 | 2024-09-30 | E11 | 0
            ceased on T                                | C2 | 2025-03-31 | E45 | 1
            X1 with nothing after it: not ceasing      | C2 | 2024-12-01 | X1  | 0
            blank reason: ceased, reason unknown       | C2 | 2024-12-01 |     | 1
            short break ended: left out                | V3 | 2024-12-01 | E13 | 0
            still looked after                         | C2 |            |     | 0
            """)
    void countsChildrenCeasingInTheWindow(String scenario, String legalStatus, LocalDate dec, String rec,
                                         long counted) {
        assertCount(counted, indicator.compute(returnHolding(episodes("C1 | 2024-01-01 | S | " + legalStatus
                + " | U6 | " + (dec == null ? "" : dec) + " | " + (rec == null ? "" : rec))), T));
    }

    @Test
    void countsTheLastOccasionOnlyAndEveryReasonIsShown() {
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2024-01-01 | S | C2 | U6 | 2024-11-01 | E4A
                C1 | 2024-12-01 | S | C1 | U6 | 2025-02-01 | E41    # counted once, as E41
                C2 | 2024-01-01 | S | C2 | U6 | 2024-10-15 | X1
                C2 | 2024-10-15 | P | C2 | U4 | 2025-01-20 | E11
                """)), T);

        assertCount(2, result);
        assertThat(result.values()).contains(IndicatorValue.count("reason ceased", "E41", 1),
                IndicatorValue.count("reason ceased", "E11", 1), IndicatorValue.count("reason ceased", "E4A", 0),
                IndicatorValue.count("reason ceased", "E44", 0), IndicatorValue.count("reason ceased", "unknown", 0));
        assertThat(result.values()).extracting(IndicatorValue::breakdownValue).doesNotContain("X1");
    }

    @Test
    void theLastOccasionIsTheLatestDateCeasedNotTheLatestStart() {
        // Two periods that overlap (an LA's error): the later start ended sooner, so the reason is E4A's.
        IndicatorResult result = indicator.compute(returnHolding(episodes("""
                C1 | 2024-05-01 | S | C2 | U6 | 2025-02-01 | E4A   # ceased last: counted, as E4A
                C1 | 2024-06-01 | S | C2 | U4 | 2024-11-01 | E13   # started later, ceased sooner
                C2 | 2024-02-01 | S | C2 | U6 | 2024-12-01 | E13   # same-day DEC: the later start's reason
                C2 | 2024-03-01 | S | C2 | U4 | 2024-12-01 | E45
                """)), T);

        assertCount(2, result);
        assertThat(result.values()).contains(IndicatorValue.count("reason ceased", "E4A", 1),
                IndicatorValue.count("reason ceased", "E45", 1), IndicatorValue.count("reason ceased", "E13", 0));
    }
}
