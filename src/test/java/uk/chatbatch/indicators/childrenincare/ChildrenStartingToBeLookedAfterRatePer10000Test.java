package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ChildrenStartingToBeLookedAfterRatePer10000Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private static final InputData DATA = only(CHILDREN_IN_CARE,
            started(LocalDate.of(2024, 10, 1)),     // first day of the window
            started(LocalDate.of(2025, 1, 15)),
            started(LocalDate.of(2025, 3, 31)),     // T
            started(LocalDate.of(2024, 9, 30)));    // T minus 6 months: outside

    @Test
    void isStartsPer10000ChildrenAndAnnualised() {
        List<IndicatorValue> values = new ChildrenStartingToBeLookedAfterRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(20_000), Map.of()))).values();

        assertThat(values).extracting(IndicatorValue::breakdownValue, IndicatorValue::numerator,
                        IndicatorValue::denominator)
                .containsExactly(tuple("all", 3L, 20_000L), tuple("six months", 3L, 20_000L));
        assertThat(values.get(0).value()).isCloseTo(3.0, within(1e-9));     // annualised: a rate for a year
        assertThat(values.get(1).value()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void withoutAPopulationItIsNotComputed() {
        assertThat(new ChildrenStartingToBeLookedAfterRatePer10000().compute(DATA, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord started(LocalDate date) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, date).build();
    }
}
