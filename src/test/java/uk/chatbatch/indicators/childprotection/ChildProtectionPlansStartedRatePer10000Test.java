package uk.chatbatch.indicators.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.childprotection.ChildProtectionPlansStartedTest.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;

class ChildProtectionPlansStartedRatePer10000Test {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private static final InputData DATA = only(CHILD_PROTECTION,
            plan("C1", LocalDate.of(2025, 4, 1), null, "NEG"),     // in the window
            plan("C2", LocalDate.of(2025, 9, 30), null, "NEG"),    // on T
            plan("C3", LocalDate.of(2025, 3, 30), null, "NEG"));   // T minus 6 months: outside

    @Test
    void isStartsPer10000ChildrenAndAnnualised() {
        IndicatorResult result = new ChildProtectionPlansStartedRatePer10000().compute(DATA,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(4_000), Map.of())));

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(result.values()).containsExactly(
                new IndicatorValue("all", "all", 2, 4_000L, 10.0),            // annualised: a rate for a year
                new IndicatorValue("basis", "six months", 2, 4_000L, 5.0));
    }

    @Test
    void withoutAPopulationItIsNotComputed() {
        assertThat(new ChildProtectionPlansStartedRatePer10000().compute(DATA, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }
}
