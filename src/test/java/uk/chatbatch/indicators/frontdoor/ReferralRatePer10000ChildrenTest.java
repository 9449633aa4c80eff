package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ReferralRatePer10000ChildrenTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ReferralRatePer10000Children indicator = new ReferralRatePer10000Children();

    private static final InputData REFERRALS_IN_AND_OUT = only(REFERRALS,
            referral("C1", LocalDate.of(2024, 10, 1)),    // first day of the window: counted
            referral("C2", LocalDate.of(2025, 3, 31)),    // T: counted
            referral("C3", LocalDate.of(2024, 9, 30)));   // T minus 6 months: not counted

    @Test
    void ratePerTenThousandChildrenAndAnnualised() {
        IndicatorResult result = indicator.compute(REFERRALS_IN_AND_OUT,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(8_000), Map.of())));

        assertThat(headline(result).numerator()).isEqualTo(2);
        assertThat(headline(result).denominator()).isEqualTo(8_000);
        assertThat(headline(result).value()).isCloseTo(5.0, offset(1e-9));   // 2 / 8,000 × 10,000 × 12 / 6: a year
        assertThat(result.values().get(1).breakdownValue()).isEqualTo("six months");
        assertThat(result.values().get(1).value()).isCloseTo(2.5, offset(1e-9));     // 2 / 8,000 × 10,000
        assertThat(result.counted()).hasSize(2);
    }

    @Test
    void withoutAPopulationTheRateIsNotComputedNeverZero() {
        assertThat(indicator.compute(REFERRALS_IN_AND_OUT, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
