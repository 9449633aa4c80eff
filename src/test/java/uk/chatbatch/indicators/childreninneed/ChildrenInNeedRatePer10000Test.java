package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.childreninneed.ChildrenInNeedAtPeriodEndTest.episode;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Population;

class ChildrenInNeedRatePer10000Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private static final InputData DATA = only(CHILDREN_IN_NEED,
            episode("C1", LocalDate.of(2025, 1, 1), null, "Child in need plan", null, null),   // open
            episode("C1", LocalDate.of(2025, 3, 1), null, "Child in need plan", null, null),   // same child: once
            episode("C2", LocalDate.of(2024, 1, 1), null, "Child in need plan", null, null),   // open
            episode("C3", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 9, 30), "Closed episode", null, null)); // closed on T

    @Test
    void isChildrenInNeedPer10000ChildrenNotAnnualised() {
        IndicatorResult result = new ChildrenInNeedRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(40_000), Map.of())));

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(result).numerator()).isEqualTo(2);
        assertThat(headline(result).denominator()).isEqualTo(40_000);
        assertThat(headline(result).value()).isEqualTo(0.5);
        assertThat(result.values()).hasSize(1);
        assertThat(result.counted()).filteredOn(CountedRecord::inNumerator).extracting(CountedRecord::childId)
                .containsExactly("C1", "C2");
    }

    @Test
    void withoutAPopulationItIsNotComputed() {
        IndicatorResult result = new ChildrenInNeedRatePer10000().compute(DATA, T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
        assertThat(result.values()).isEmpty();
    }
}
