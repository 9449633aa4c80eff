package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;

class ReReferralsWithin12MonthsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ReReferralsWithin12Months indicator = new ReReferralsWithin12Months();

    /** Each row is one scenario: a referral of child C1 and one other referral, of C1 or of C2. */
    @ParameterizedTest(name = "{0}: {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | T          | referral   | other      | other child | re-referrals | in window
            earlier referral exactly 12 months before          | 2025-09-30 | 2025-09-15 | 2024-09-15 | C1          | 1            | 1
            earlier referral 12 months and a day before        | 2025-09-30 | 2025-09-15 | 2024-09-14 | C1          | 0            | 1
            earlier referral in the window: only the later one | 2025-09-30 | 2025-09-15 | 2025-06-01 | C1          | 1            | 2
            another referral on the same day is not earlier    | 2025-09-30 | 2025-09-15 | 2025-09-15 | C1          | 0            | 2
            a later referral does not make this one a repeat   | 2025-09-30 | 2025-04-01 | 2025-10-15 | C1          | 0            | 1
            earlier referral of a different child              | 2025-09-30 | 2025-09-15 | 2025-06-01 | C2          | 0            | 2
            referral before the window is not measured         | 2025-09-30 | 2025-03-30 | 2024-12-01 | C1          | 0            | 0
            29 Feb 2024 looks back to 28 Feb 2023              | 2024-03-31 | 2024-02-29 | 2023-02-28 | C1          | 1            | 1
            """)
    void countsReferralsWithAnEarlierReferralOfTheSameChildInTheYearBefore(String scenario, LocalDate periodEnd,
            LocalDate referral, LocalDate other, String otherChild, long reReferrals, long inWindow) {
        IndicatorResult result = indicator.compute(
                only(REFERRALS, referral("C1", referral), referral(otherChild, other)), periodEnding(periodEnd));
        assertRatio(reReferrals, inWindow, result);
    }

    @Test
    void percentageOfTheWindowsReferrals() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2024, 11, 1)),   // before the window: only looked back to
                referral("C1", LocalDate.of(2025, 4, 10)),   // re-referral (C1 on 1 Nov 2024)
                referral("C2", LocalDate.of(2025, 5, 20)),   // first referral of C2
                referral("C2", LocalDate.of(2025, 8, 1)),    // re-referral (C2 on 20 May)
                referral("C3", LocalDate.of(2025, 9, 30))),  // first referral of C3, on T
                T);

        assertRatio(2, 4, result);
        assertThat(headline(result).value()).isEqualTo(50.0);
    }

    @Test
    void noReferralsInTheWindowIsNoCasesWithNoValue() {
        IndicatorResult result = indicator.compute(only(REFERRALS, referral("C1", LocalDate.of(2024, 1, 1))), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(result.message()).isEqualTo("no referrals dated in the window");
    }

    private static AnnexARecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
