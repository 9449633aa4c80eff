package uk.chatbatch.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.localauthorities.LocalAuthorities;

/** The DfE open data time and geography columns, as Explore Education Statistics files carry them. */
class TimeKeyTest {

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
}
