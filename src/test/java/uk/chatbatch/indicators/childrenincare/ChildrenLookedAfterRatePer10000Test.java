package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

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
import uk.chatbatch.model.table.TableRecord;

class ChildrenLookedAfterRatePer10000Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private static final InputData DATA = only(CHILDREN_IN_CARE,
            child("C1", LocalDate.of(2020, 1, 1), null),                        // looked after
            child("C2", LocalDate.of(2024, 6, 1), null),                        // looked after
            child("C3", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 4, 1)),    // ceases after T: looked after
            child("C4", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31)));  // ceased on T

    @Test
    void isChildrenLookedAfterPer10000ChildrenNotAnnualised() {
        IndicatorResult result = new ChildrenLookedAfterRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(50_000), Map.of())));

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(result).numerator()).isEqualTo(3);
        assertThat(headline(result).value()).isEqualTo(0.6);
        assertThat(result.values()).hasSize(1);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3");
    }

    @Test
    void withAPopulationByAgeBandEachBandHasItsRate() {
        // C1..C3 have no date of birth or age: all three are in the "unknown" band, which has no population.
        IndicatorResult result = new ChildrenLookedAfterRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(50_000),
                        Map.of("unknown", 1_000L, "under 1", 2_000L))));
        assertThat(result.values()).contains(
                new uk.chatbatch.indicators.IndicatorValue("age band", "unknown", 3, 1_000L, 30.0),
                new uk.chatbatch.indicators.IndicatorValue("age band", "under 1", 0, 2_000L, 0.0));
        assertThat(result.values()).noneMatch(v -> v.breakdownValue().equals("5 to 9"));
    }

    @Test
    void withoutAPopulationItIsNotComputed() {
        assertThat(new ChildrenLookedAfterRatePer10000().compute(DATA, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord child(String id, LocalDate started, LocalDate ceased) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, id).set(CLA_START_DATE, started).set(CLA_CEASED_DATE, ceased)
                .build();
    }
}
