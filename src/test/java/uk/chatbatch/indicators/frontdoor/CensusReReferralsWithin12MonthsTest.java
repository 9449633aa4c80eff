package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;

class CensusReReferralsWithin12MonthsTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusReReferralsWithin12Months indicator = new CensusReReferralsWithin12Months();

    @ParameterizedTest(name = "{0}: re-referrals {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | earlier    | referral   | re-referral | in window
            previous referral six months earlier                | 2024-07-15 | 2025-01-15 | 1           | 1
            previous referral exactly 12 months earlier         | 2024-01-15 | 2025-01-15 | 1           | 1
            previous referral 12 months and a day earlier       | 2024-01-14 | 2025-01-15 | 0           | 1
            another referral on the same day                    | 2025-01-15 | 2025-01-15 | 0           | 2
            previous referral in the window: both measured      | 2024-10-15 | 2025-01-15 | 1           | 2
            a later referral does not make this one a re-referral | 2025-04-10 | 2025-01-15 | 0         | 1
            """)
    void looksBack12MonthsThroughTheWholeCensus(String boundary, LocalDate earlier, LocalDate referral,
                                               long reReferrals, long inWindow) {
        assertRatio(reReferrals, inWindow, indicator.compute(census(
                episode("C1", 1, earlier, earlier),
                episode("C1", 2, referral, null)), T));
    }

    @Test
    void anotherChildsReferralDoesNotCountAndAnNfaReferralDoes() {
        IndicatorResult result = indicator.compute(census(
                episode("C1", 1, d("2024-06-01")).set(REFERRAL_NFA, true).build(),  // NFA referral: still a referral
                episode("C1", 2, d("2024-11-01"), null),                           // re-referral
                episode("C2", 1, d("2024-08-01"), d("2024-08-20")),
                episode("C3", 1, d("2024-12-01"), null)), T);                      // C2's earlier referral is not C3's

        assertRatio(1, 2, result);
        assertThat(result.counted()).extracting(c -> c.childId() + " " + c.inNumerator())
                .containsExactly("C1 true", "C3 false");
    }

    @Test
    void seesAnEarlierReferralFromAnEarlierCensusYear() {
        assertRatio(1, 1, indicator.compute(census(
                episode("C1", 1, d("2024-03-01")).from("cin-2024.xml", 2024).build(), // closed before 2024-25
                episode("C1", 1, d("2024-12-01"), null)), T));
    }
}
