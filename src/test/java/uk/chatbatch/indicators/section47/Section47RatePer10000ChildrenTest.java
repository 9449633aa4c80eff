package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
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

class Section47RatePer10000ChildrenTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final Section47RatePer10000Children indicator = new Section47RatePer10000Children();

    private static final InputData ENQUIRIES_IN_AND_OUT = only(SECTION_47,
            enquiry(LocalDate.of(2024, 8, 1)),     // first day of the window: counted
            enquiry(LocalDate.of(2024, 10, 1)),    // counted
            enquiry(LocalDate.of(2025, 1, 31)),    // T: counted
            enquiry(LocalDate.of(2024, 7, 31)));   // T minus 6 months: not counted

    @Test
    void ratePerTenThousandChildrenAndAnnualised() {
        IndicatorResult result = indicator.compute(ENQUIRIES_IN_AND_OUT,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(60_000), Map.of())));

        assertThat(headline(result).numerator()).isEqualTo(3);
        assertThat(headline(result).value()).isCloseTo(1.0, offset(1e-9));       // 3 / 60,000 × 10,000, annualised
        assertThat(result.values().get(1).value()).isCloseTo(0.5, offset(1e-9));        // the six months
    }

    @Test
    void withoutAPopulationTheRateIsNotComputedNeverZero() {
        assertThat(indicator.compute(ENQUIRIES_IN_AND_OUT, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord enquiry(LocalDate start) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, start).build();
    }
}
