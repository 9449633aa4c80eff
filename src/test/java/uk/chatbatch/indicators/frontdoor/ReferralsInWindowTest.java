package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.IndicatorContext;

class ReferralsInWindowTest {

    /** T = 31 Aug 2025: T minus 6 months is 28 Feb 2025, so the window starts on 1 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 8, 31));

    private final ReferralsInWindow indicator = new ReferralsInWindow();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | date of referral | counted
            first day of the window (28 Feb + 1 day)        | 2025-03-01       | 1
            T minus 6 months, 28 Feb                        | 2025-02-28       | 0
            T itself                                        | 2025-08-31       | 1
            the day after T                                 | 2025-09-01       | 0
            """)
    void countsReferralsDatedInTheWindow(String boundary, LocalDate dateOfReferral, long counted) {
        assertCount(counted, indicator.compute(only(REFERRALS, referral("C1", dateOfReferral)), T));
    }

    @Test
    void aChildReferredTwiceCountsTwice() {
        assertCount(2, indicator.compute(only(REFERRALS,
                referral("C1", LocalDate.of(2025, 4, 1)),
                referral("C1", LocalDate.of(2025, 7, 1))), T));
    }

    private static AnnexARecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
