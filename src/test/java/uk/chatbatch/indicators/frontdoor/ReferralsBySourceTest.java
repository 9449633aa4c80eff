package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ReferralsBySourceTest {

    /** T = 31 Aug 2025: T minus 6 months is 28 Feb 2025, so the window starts on 1 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 8, 31));

    private final ReferralsBySource indicator = new ReferralsBySource();

    @Test
    void eachSourcesShareOfTheWindowsReferrals() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral("6", LocalDate.of(2025, 3, 1)),     // first day of the window: police
                referral("6", LocalDate.of(2025, 8, 31)),    // T: police
                referral("2A", LocalDate.of(2025, 5, 1)),    // schools
                referral("3B", LocalDate.of(2025, 5, 1)),    // health services
                referral("6", LocalDate.of(2025, 2, 28))),   // T minus 6 months: in no row
                T);

        assertRatio(4, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("source group", "police", 2, 4),
                IndicatorValue.percent("source group", "schools", 1, 4),
                IndicatorValue.percent("source group", "health services", 1, 4),
                IndicatorValue.percent("source group", "individual", 0, 4),
                IndicatorValue.percent("source", "6", 2, 4),
                IndicatorValue.percent("source", "3B", 1, 4),
                IndicatorValue.percent("source", "3A", 0, 4));
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("source group"))
                .mapToLong(IndicatorValue::numerator).sum()).isEqualTo(4);
    }

    @Test
    void aBlankSourceIsUnknownAndStillCounted() {
        IndicatorResult result = indicator.compute(only(REFERRALS,
                referral(null, LocalDate.of(2025, 6, 1)),     // blank source: unknown
                referral("10", LocalDate.of(2025, 6, 2))),    // code 10 Unknown: unknown group
                T);
        assertRatio(2, 2, result);
        assertThat(result.values()).contains(IndicatorValue.percent("source group", "unknown", 2, 2));
    }

    private static TableRecord referral(String source, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, "C1").set(DATE_OF_REFERRAL, date).set(REFERRAL_SOURCE, source).build();
    }
}
