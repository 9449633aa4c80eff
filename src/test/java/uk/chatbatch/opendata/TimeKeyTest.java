package uk.chatbatch.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.model.LaPeriod;

/** The DfE open data time and geography columns, as Explore Education Statistics files carry them. */
class TimeKeyTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @Test
    void aRunIsTheMonthOfItsPeriodEnd() {
        assertThat(TimeKey.reportingMonth(LocalDate.of(2026, 9, 30))).isEqualTo(new TimeKey(2026, "September"));
        assertThat(TimeKey.reportingMonth(LocalDate.of(2027, 3, 31))).isEqualTo(new TimeKey(2027, "March"));
    }

    @Test
    void aCollectionYearIsTheReportingYearItsThirtyFirstOfMarchFallsIn() {
        assertThat(TimeKey.reportingYear(2026)).isEqualTo(new TimeKey(2026, "Reporting year"));
    }

    @Test
    void theOc2AndOc3IndicatorsAreOnACollectionYearAndNoOtherIs() {
        List<IndicatorMetadata> catalogue = IndicatorCatalogue.discover().definitions();
        List<String> onAYear = catalogue.stream().filter(m -> TimeKey.of(m, T).isReportingYear())
                .map(IndicatorMetadata::id).sorted().toList();
        assertThat(onAYear).containsExactly("CL-02-903", "CL-03-903", "CL-05-903", "CL-07", "CLA-15-903",
                "CLA-16-903", "CLA-17", "CLA-22");
        // every other window, from a return or not, ends on the period end (or is at it)
        assertThat(catalogue).filteredOn(m -> !onAYear.contains(m.id()))
                .allSatisfy(m -> assertThat(m.window()).doesNotContain("collection year"))
                .allSatisfy(m -> assertThat(TimeKey.of(m, T)).isEqualTo(new TimeKey(2026, "September")));
    }

    @ParameterizedTest(name = "period end {0}: reporting year {1}")
    @CsvSource({
            "2026-09-30, 2026",   // the year ended 31 March 2026
            "2026-03-31, 2026",   // on its own 31 March: that year
            "2026-03-30, 2025",   // a day before: the year before
            "2027-01-31, 2026"})
    void aCollectionYearIndicatorTakesTheYearEndingOnTheLast31MarchOnOrBeforeThePeriodEnd(LocalDate periodEnd,
                                                                                          int year) {
        IndicatorMetadata oc2 = IndicatorCatalogue.discover().find("CLA-15-903").orElseThrow().metadata();
        assertThat(TimeKey.of(oc2, periodEnd)).isEqualTo(new TimeKey(year, "Reporting year"));
    }

    @Test
    void anLaRowGivesEveryMandatoryGeographyColumn() {
        OpenDataKeys keys = OpenDataKeys.of(LocalAuthorities.bundled().inForceOn("391", LocalDate.of(2026, 9, 30))
                .orElseThrow(), TimeKey.reportingMonth(LocalDate.of(2026, 9, 30)));
        assertThat(keys.geographicLevel()).isEqualTo("Local authority");
        assertThat(keys.countryCode()).isEqualTo("E92000001");
        assertThat(keys.newLaCode()).contains("E08000021");
        assertThat(keys.regionCode()).contains("E12000001");
        assertThat(keys.regionName()).contains("North East");
        assertThat(keys.at(TimeKey.reportingYear(2026)).time().timeIdentifier()).isEqualTo("Reporting year");
    }

    @Test
    void aRealLaTakesTheTablesNameAndCodesWhateverTheJobCallsIt() {
        assertThat(OpenDataKeys.forRun(new LaPeriod("391", T), "Newcastle", Optional.of("London")).values()).containsExactly(
                2026, "September", "Local authority", "E92000001", "England", "391", "E08000021",
                "Newcastle upon Tyne", "E12000001", "North East");
    }

    @Test
    void anOnsCodeReplacedIsTheOneInForceAtThePeriodEnd() {
        // Barnsley's ONS code changed on 1 May 2025
        assertThat(OpenDataKeys.forRun(new LaPeriod("370", LocalDate.of(2025, 3, 31)), "Barnsley", Optional.empty()).newLaCode())
                .contains("E08000016");
        assertThat(OpenDataKeys.forRun(new LaPeriod("370", LocalDate.of(2025, 9, 30)), "Barnsley", Optional.empty()).newLaCode())
                .contains("E08000038");
    }

    @Test
    void aSyntheticLaHasNoOnsCodeItsOwnNameAndTheRegionItsJobNames() {
        assertThat(OpenDataKeys.forRun(new LaPeriod("999", T), "Sampleshire (synthetic)", Optional.of("north east")).values())
                .containsExactly(2026, "September", "Local authority", "E92000001", "England", "999", null,
                        "Sampleshire (synthetic)", "E12000001", "North East");
        assertThat(OpenDataKeys.forRun(new LaPeriod("995", T), "Testshire", Optional.empty()).values())
                .containsExactly(2026, "September", "Local authority", "E92000001", "England", "995", null,
                        "Testshire", null, null);
        assertThat(OpenDataKeys.forRun(new LaPeriod("995", T), "Testshire", Optional.of("Atlantis")).regionCode()).isEmpty();
    }
}
