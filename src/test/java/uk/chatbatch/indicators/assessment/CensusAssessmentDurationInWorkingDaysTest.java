package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class CensusAssessmentDurationInWorkingDaysTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusAssessmentDurationInWorkingDays indicator = new CensusAssessmentDurationInWorkingDays();

    @Test
    void medianQuartilesAndDfeBands() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        IndicatorResult result = indicator.compute(census(episode,
                assessment(episode, 1, d("2025-03-03"), d("2025-03-03")),   // Mon to Mon: same day, 0
                assessment(episode, 2, d("2025-03-01"), d("2025-03-03")),   // Sat to Mon: 1
                assessment(episode, 3, d("2025-03-03"), d("2025-03-17")),   // two weeks: 10
                assessment(episode, 4, d("2025-03-03"), d("2025-03-18")),   // 11
                assessment(episode, 5, d("2024-12-20"), d("2025-03-31")),   // 25, 26 Dec and 1 Jan skipped: 68
                assessment(episode, 6, d("2024-09-02"), d("2024-09-30")),   // authorised before the window
                assessment(episode, 7, d("2025-03-05"), d("2025-03-04"))),  // before its start: left out
                T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(result).numerator()).isEqualTo(5);
        assertThat(headline(result).value()).isEqualTo(10.0);
        assertThat(value(result, "quartile", "lower quartile")).isEqualTo(1.0);
        assertThat(value(result, "quartile", "upper quartile")).isEqualTo(11.0);
        assertThat(band(result, "same day").numerator()).isEqualTo(1);
        assertThat(band(result, "1 to 10").numerator()).isEqualTo(2);     // 1 and 10: the band's upper bound
        assertThat(band(result, "11 to 20").numerator()).isEqualTo(1);
        assertThat(band(result, "61 and over").numerator()).isEqualTo(1);
        assertThat(band(result, "41 to 45").numerator()).isZero();
        assertThat(band(result, "same day").value()).isEqualTo(20.0);
    }

    @Test
    void noAssessmentsAuthorisedIsNoCasesWithEveryBandKept() {
        TableRecord episode = episode("C1", 1, d("2024-09-01"), null);
        IndicatorResult result = indicator.compute(census(episode,
                assessment(episode, 1, d("2025-03-03"), null)), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(result).value()).isNull();
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("working days")).hasSize(9);
    }

    private static Double value(IndicatorResult result, String breakdown, String group) {
        return row(result, breakdown, group).value();
    }

    private static IndicatorValue band(IndicatorResult result, String band) {
        return row(result, "working days", band);
    }

    private static IndicatorValue row(IndicatorResult result, String breakdown, String group) {
        return result.values().stream()
                .filter(v -> v.breakdown().equals(breakdown) && v.breakdownValue().equals(group))
                .findFirst().orElseThrow();
    }
}
