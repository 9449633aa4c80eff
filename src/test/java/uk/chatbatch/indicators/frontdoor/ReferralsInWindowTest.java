package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

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

    @Test
    void referralsAreBrokenDownByMonthSourceAgeAndGender() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                row(REFERRALS).set(CHILD_ID, "C1").set(DATE_OF_REFERRAL, LocalDate.of(2025, 3, 1))
                        .set(REFERRAL_SOURCE, "6").set(GENDER, "Female")
                        .set(DATE_OF_BIRTH, LocalDate.of(2020, 3, 2)).build(),   // aged 4 on the day: 1 to 4
                row(REFERRALS).set(CHILD_ID, "C2").set(DATE_OF_REFERRAL, LocalDate.of(2025, 8, 31))
                        .set(REFERRAL_SOURCE, "2A").build(),                      // no gender, no date of birth
                referral("C3", LocalDate.of(2025, 2, 28))), T);                   // outside: in no breakdown
        assertThat(result.values()).contains(
                IndicatorValue.count("month", "2025-03", 1), IndicatorValue.count("month", "2025-08", 1),
                IndicatorValue.count("month", "2025-05", 0),
                IndicatorValue.count("source group", "police", 1), IndicatorValue.count("source group", "schools", 1),
                IndicatorValue.count("age band", "1 to 4", 1), IndicatorValue.count("age band", "unknown", 1),
                IndicatorValue.count("gender", "female", 1), IndicatorValue.count("gender", "other or unknown", 1));
    }

    private static TableRecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
