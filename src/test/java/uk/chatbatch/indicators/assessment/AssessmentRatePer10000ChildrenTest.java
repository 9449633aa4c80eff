package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
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

class AssessmentRatePer10000ChildrenTest {

    /** T = 30 Jun 2024: the window is 31 Dec 2023 to 30 Jun 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    private final AssessmentRatePer10000Children indicator = new AssessmentRatePer10000Children();

    private static final InputData ASSESSMENTS_IN_AND_OUT = only(ASSESSMENTS,
            assessment(LocalDate.of(2023, 12, 20), LocalDate.of(2023, 12, 31)),   // authorised on the first day: counted
            assessment(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30)),      // on T: counted
            assessment(LocalDate.of(2024, 6, 3), null),                           // open: not counted
            assessment(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 30)));   // T minus 6 months: not counted

    @Test
    void ratePerTenThousandChildrenAndAnnualised() {
        IndicatorResult result = indicator.compute(ASSESSMENTS_IN_AND_OUT,
                T.with(IndicatorSettings.defaults(), new Population(OptionalLong.of(40_000), Map.of())));

        assertThat(headline(result).numerator()).isEqualTo(2);
        assertThat(headline(result).value()).isCloseTo(1.0, offset(1e-9));       // 2 / 40,000 × 10,000, annualised
        assertThat(result.values().get(1).value()).isCloseTo(0.5, offset(1e-9));        // the six months
        assertThat(result.counted()).hasSize(2);
    }

    @Test
    void withoutAPopulationTheRateIsNotComputedNeverZero() {
        assertThat(indicator.compute(ASSESSMENTS_IN_AND_OUT, T).status())
                .isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
    }

    private static TableRecord assessment(LocalDate start, LocalDate authorised) {
        return row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, start)
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).build();
    }
}
