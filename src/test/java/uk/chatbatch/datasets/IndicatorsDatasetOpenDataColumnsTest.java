package uk.chatbatch.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.opendata.OpenDataKeys;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/** Every indicators row, internal and shareable, ends with the DfE open data time and geography columns. */
class IndicatorsDatasetOpenDataColumnsTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);
    static final List<String> OPEN_DATA = List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "old_la_code", "new_la_code", "la_name", "region_code", "region_name");
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();

    static IndicatorsDataset.RunFacts newcastle() {
        return new IndicatorsDataset.RunFacts(new LaPeriod("391", T), 1L, IndicatorSettings.defaults(), Optional.empty(),
                Benchmarks.bundled(), OpenDataKeys.forRun(new LaPeriod("391", T), "Newcastle", Optional.empty()));
    }

    static Object[] openData(Object[] row) {
        int first = IndicatorsDataset.SCHEMA.indexOf("time_period");
        return Arrays.copyOfRange(row, first, first + OPEN_DATA.size());
    }

    @Test
    void theColumnsComeLastInOneBlockAndTimePeriodIsAnInteger() {
        List<String> names = IndicatorsDataset.SCHEMA.columns().stream().map(ColumnDef::name).toList();
        assertThat(names.subList(names.size() - OPEN_DATA.size(), names.size())).isEqualTo(OPEN_DATA);
        assertThat(names.subList(0, 3)).containsExactly("la_code", "period_end", "indicator_id");
        assertThat(IndicatorsDataset.SCHEMA.columns().get(names.indexOf("time_period")).type())
                .isEqualTo(ColumnType.INT32);
        // the shareable dataset: the internal columns, then its own two
        List<String> shareable = ShareableIndicatorsDataset.SCHEMA.columns().stream().map(ColumnDef::name).toList();
        assertThat(shareable).startsWith(names.toArray(String[]::new)).endsWith("suppressed", "suppression_reason");
    }

    @Test
    void aSixMonthFigureHasTheMonthAndACollectionYearFigureTheReportingYear() {
        IndicatorResult contacts = IndicatorResult.computed(CATALOGUE.find("CON-01").orElseThrow().metadata(),
                List.of(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, 395)));
        IndicatorResult healthChecks = IndicatorResult.notComputed(
                CATALOGUE.find("CLA-15-903").orElseThrow().metadata(), IndicatorStatus.LIST_NOT_SUPPLIED,
                "SSDA903 was not supplied");

        assertThat(openData(IndicatorsDataset.toRows(contacts, newcastle()).get(0))).containsExactly(
                2026, "September", "Local authority", "E92000001", "England", "391", "E08000021",
                "Newcastle upon Tyne", "E12000001", "North East");
        assertThat(openData(IndicatorsDataset.toRows(healthChecks, newcastle()).get(0))).containsExactly(
                2026, "Reporting year", "Local authority", "E92000001", "England", "391", "E08000021",
                "Newcastle upon Tyne", "E12000001", "North East");
    }

    @Test
    void theShareableRowsCarryTheSameColumns() {
        IndicatorResult contacts = IndicatorResult.computed(CATALOGUE.find("CON-01").orElseThrow().metadata(),
                List.of(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, 395)));
        Object[] row = ShareableIndicatorsDataset.toRows(contacts, newcastle()).get(0);
        assertThat(row).hasSize(ShareableIndicatorsDataset.SCHEMA.columnCount());
        assertThat(openData(row)).containsExactly(2026, "September", "Local authority", "E92000001", "England",
                "391", "E08000021", "Newcastle upon Tyne", "E12000001", "North East");
        assertThat(row[ShareableIndicatorsDataset.SCHEMA.indexOf("suppressed")]).isEqualTo(false);
    }
}
