package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.RatePer10000Children.Counted;
import uk.chatbatch.input.InputData;

/** The rate shape on its own, over a count of 30 (20 aged 10 to 15, 10 aged 16 to 17) and 20,000 children. */
class RatePer10000ChildrenTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final IndicatorContext T_WITH_20000_CHILDREN = withPopulation(OptionalLong.of(20_000),
            Map.of("10 to 15", 8_000L));

    @Test
    void aSixMonthFlowIsAnnualisedWithTheSixMonthsAsABasisRow() {
        IndicatorResult result = rate(Counted.SIX_MONTH_FLOW).compute(InputData.empty(), T_WITH_20000_CHILDREN);

        assertThat(result.values()).extracting(IndicatorValue::breakdown, IndicatorValue::breakdownValue,
                IndicatorValue::numerator, IndicatorValue::denominator, IndicatorValue::value).containsExactly(
                tuple("all", "all", 30L, 20_000L, 30.0),                  // 30 / 20,000 × 10,000 × 12 / 6
                tuple("basis", "six months", 30L, 20_000L, 15.0),         // as counted
                tuple("age band", "10 to 15", 20L, 8_000L, 50.0));       // annualised like the headline
    }

    @Test
    void aSnapshotIsNotAnnualisedAndHasNoBasisRow() {
        IndicatorResult result = rate(Counted.SNAPSHOT).compute(InputData.empty(), T_WITH_20000_CHILDREN);

        assertThat(result.values()).extracting(IndicatorValue::breakdown, IndicatorValue::breakdownValue,
                IndicatorValue::value).containsExactly(
                tuple("all", "all", 15.0),
                tuple("age band", "10 to 15", 25.0));
    }

    @Test
    void anAgeBandWithoutAPopulationHasNoRate() {
        IndicatorResult result = rate(Counted.SNAPSHOT).compute(InputData.empty(), T_WITH_20000_CHILDREN);

        assertThat(result.values()).extracting(IndicatorValue::breakdownValue).doesNotContain("16 to 17");
    }

    @Test
    void aPopulationOfZeroGivesNoValueRatherThanADivisionByZero() {
        IndicatorResult result = rate(Counted.SNAPSHOT).compute(InputData.empty(),
                withPopulation(OptionalLong.of(0), Map.of()));

        assertThat(result.values()).extracting(IndicatorValue::numerator, IndicatorValue::denominator,
                IndicatorValue::value).containsExactly(tuple(30L, 0L, null));
    }

    @Test
    void withoutAPopulationTheRateIsNotComputedNeverZero() {
        IndicatorResult result = rate(Counted.SIX_MONTH_FLOW).compute(InputData.empty(), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
        assertThat(result.values()).isEmpty();
    }

    private static IndicatorContext withPopulation(OptionalLong aged0to17, Map<String, Long> byAgeBand) {
        return T.with(IndicatorSettings.defaults(), new Population(aged0to17, byAgeBand));
    }

    private static RatePer10000Children rate(Counted counted) {
        IndicatorMetadata metadata = metadata("REF-98R", Unit.RATE_PER_10000, List.of());
        return new RatePer10000Children(new ThirtyReferrals(), counted) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }

    private static IndicatorMetadata metadata(String id, Unit unit, List<String> breakdowns) {
        return new IndicatorMetadata(id, "Referrals", "Test.", "referrals", "", "six months", AnnexAList.REFERRALS,
                List.of(), List.of(), unit, Polarity.CONTEXTUAL, ChartType.KPI, breakdowns, List.of());
    }

    /** The count a rate is of: 30 referrals, by age band. */
    private static final class ThirtyReferrals implements Indicator {
        @Override
        public IndicatorResult compute(InputData data, IndicatorContext context) {
            return IndicatorResult.computed(metadata(), List.of(
                    IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, 30),
                    IndicatorValue.count("age band", "10 to 15", 20),
                    IndicatorValue.count("age band", "16 to 17", 10)), List.of());
        }

        @Override
        public IndicatorMetadata metadata() {
            return RatePer10000ChildrenTest.metadata("REF-98", Unit.COUNT, List.of("age band"));
        }
    }
}
