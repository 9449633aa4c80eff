package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
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

class ChildProtectionPlansRatePer10000Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private static final InputData DATA = only(CHILD_PROTECTION,
            plan("C1", LocalDate.of(2025, 1, 1), null),                        // open
            plan("C2", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 10, 1)),   // ends after T: open
            plan("C3", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 9, 30)),   // ended on T: not open
            plan("C4", LocalDate.of(2025, 10, 1), null));                      // starts after T

    @Test
    void isOpenPlansPer10000ChildrenNotAnnualised() {
        IndicatorResult result = new ChildProtectionPlansRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(8_000), Map.of())));

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(result).numerator()).isEqualTo(2);
        assertThat(headline(result).denominator()).isEqualTo(8_000);
        assertThat(headline(result).value()).isEqualTo(2.5);
        assertThat(result.values()).hasSize(1);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2");
    }

    @Test
    void withoutAPopulationItIsNotComputed() {
        assertThat(new ChildProtectionPlansRatePer10000().compute(DATA, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord plan(String child, LocalDate start, LocalDate end) {
        return row(CHILD_PROTECTION).set(CHILD_ID, child).set(CP_START_DATE, start).set(CP_END_DATE, end).build();
    }
}
