package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.CensusRows.assessment;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;
import static uk.chatbatch.indicators.CensusRows.factor;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.indicators.CensusRows;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class FactorsIdentifiedAtAssessmentTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final FactorsIdentifiedAtAssessment indicator = new FactorsIdentifiedAtAssessment();

    @Test
    void shareOfAssessmentsRecordingEachFactor() {
        TableRecord c1 = episode("C1", 1, d("2024-10-01"), null);
        TableRecord c2 = episode("C2", 1, d("2024-10-01"), null);
        TableRecord domesticAbuseAndMentalHealth = assessment(c1, 1, d("2024-10-02"), d("2024-11-01"));
        TableRecord mentalHealthTwice = assessment(c2, 1, d("2024-10-02"), d("2024-11-01"));
        TableRecord noFactorsIdentified = assessment(c2, 2, d("2024-12-02"), d("2025-01-10"));
        TableRecord nothingRecorded = assessment(c1, 2, d("2024-12-02"), d("2025-01-10"));
        TableRecord beforeTheWindow = assessment(c1, 3, d("2024-08-02"), d("2024-09-30"));

        IndicatorResult result = indicator.compute(census(c1, c2,
                domesticAbuseAndMentalHealth, factor(domesticAbuseAndMentalHealth, "3B"),
                factor(domesticAbuseAndMentalHealth, "4B"),
                mentalHealthTwice, factor(mentalHealthTwice, "4B"), factor(mentalHealthTwice, "4B"),
                noFactorsIdentified, factor(noFactorsIdentified, "21"),
                nothingRecorded,
                beforeTheWindow, factor(beforeTheWindow, "16A")), T);

        assertRatio(2, 4, result);                       // factor 21 alone and no factor at all are not counted
        assertThat(share(result, "4B")).isEqualTo("2 of 4");    // once per assessment, though sent twice
        assertThat(share(result, "3B")).isEqualTo("1 of 4");
        assertThat(share(result, "21")).isEqualTo("1 of 4");
        assertThat(share(result, "16A")).isEqualTo("0 of 4");   // only on an assessment before the window
        assertThat(share(result, "none recorded")).isEqualTo("1 of 4");
    }

    @Test
    void everyCensusFactorCodeIsReportedZeroIncluded() {
        TableRecord episode = episode("C1", 1, d("2024-10-01"), null);
        IndicatorResult result = indicator.compute(census(episode,
                assessment(episode, 1, d("2024-10-02"), d("2024-11-01"))), T);

        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("factor"))
                .extracting(IndicatorValue::breakdownValue)
                .containsSubsequence(CinCodeList.ASSESSMENT_FACTOR.codes())
                .endsWith("none recorded");
        assertRatio(0, 1, result);
    }

    private static String share(IndicatorResult result, String code) {
        IndicatorValue row = result.values().stream()
                .filter(v -> v.breakdown().equals("factor") && v.breakdownValue().equals(code))
                .findFirst().orElseThrow();
        return row.numerator() + " of " + row.denominator();
    }
}
