package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;

class CensusChildrenReReferredWithin12MonthsTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusChildrenReReferredWithin12Months indicator = new CensusChildrenReReferredWithin12Months();

    @Test
    void countsEachChildOnceWhateverTheNumberOfReReferrals() {
        IndicatorResult result = indicator.compute(census(
                episode("C1", 1, d("2024-10-10"), d("2024-10-20")),  // C1: first referral in the window
                episode("C1", 2, d("2024-12-01"), d("2024-12-10")),  // re-referral
                episode("C1", 3, d("2025-02-01"), null),             // re-referral again: C1 still counts once
                episode("C2", 1, d("2025-01-05"), null),             // C2: referred once
                episode("C3", 1, d("2023-12-01"), d("2024-01-01")),  // C3: 13 months before
                episode("C3", 2, d("2025-01-05"), null)), T);        // not a re-referral

        assertRatio(1, 3, result);
        assertThat(result.counted()).extracting(c -> c.childId() + " " + c.inNumerator())
                .containsExactly("C1 true", "C2 false", "C3 false");
    }

    @Test
    void aReferralExactly12MonthsAfterThePreviousOneCounts() {
        assertRatio(1, 1, indicator.compute(census(
                episode("C1", 1, d("2024-02-29"), d("2024-03-10")),
                episode("C1", 2, d("2025-02-28"), null)), T));     // 28 Feb 2025 minus 12 months is 28 Feb 2024
    }

    @Test
    void noReferralsInTheWindowIsNoCases() {
        assertRatio(0, 0, indicator.compute(census(episode("C1", 1, d("2024-06-01"), null)), T));
    }
}
