package uk.chatbatch.indicators.frontdoor;

import uk.chatbatch.indicators.CensusRows;

import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class CensusReferralsTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusReferrals indicator = new CensusReferrals();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | referral   | counted
            referral in the window                   | 2024-12-01 | 1
            on the window's first day                | 2024-10-01 | 1
            on T minus 6 months                      | 2024-09-30 | 0
            on T                                     | 2025-03-31 | 1
            the day after T                          | 2025-04-01 | 0
            """)
    void countsReferralsDatedInTheWindow(String boundary, LocalDate referral, long counted) {
        assertCount(counted, indicator.compute(census(episode("C1", 1, referral, null)), T));
    }

    @Test
    void countsEveryReferralIncludingNoFurtherActionAndRepeats() {
        assertCount(3, indicator.compute(census(
                episode("C1", 1, d("2024-10-05"), d("2024-10-05")),
                episode("C1", 2, d("2025-01-10")).set(REFERRAL_NFA, true).build(),   // NFA: still a referral
                episode("C2", 1, d("2025-02-01"), null),
                episode("C3", 1, d("2023-02-01"), null)), T));                       // before the window
    }
}
