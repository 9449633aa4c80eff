package uk.chatbatch.indicators.frontdoor;

import uk.chatbatch.indicators.CensusRows;

import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;

class CensusReferralsWithNoFurtherActionTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusReferralsWithNoFurtherAction indicator = new CensusReferralsWithNoFurtherAction();

    @ParameterizedTest(name = "{0}: NFA {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | referral   | ReferralNFA | nfa | in window
            no further action                               | 2024-11-01 | true        | 1   | 1
            further action                                  | 2024-11-01 | false       | 0   | 1
            ReferralNFA missing: stays in the denominator   | 2024-11-01 |             | 0   | 1
            NFA referral before the window                  | 2024-09-30 | true        | 0   | 0
            """)
    void measuresReferralsInTheWindow(String boundary, LocalDate referral, Boolean nfa, long noFurtherAction,
                                      long inWindow) {
        assertRatio(noFurtherAction, inWindow, indicator.compute(census(
                episode("C1", 1, referral).set(REFERRAL_NFA, nfa).build()), T));
    }

    @Test
    void shareOfTheWindowsReferrals() {
        assertRatio(1, 3, indicator.compute(census(
                episode("C1", 1, d("2024-10-01")).set(REFERRAL_NFA, true).build(),
                episode("C2", 1, d("2025-01-01"), null),
                episode("C3", 1, d("2025-03-31"), null)), T));
    }
}
