package uk.chatbatch.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.TableData;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * The Explore Education Statistics export of the shareable indicators, row by row: which column a figure goes in,
 * and which GSS symbol stands where there is no number. The rows are written as the shareable dataset holds them
 * (its suppression already applied); the expectation sits beside each.
 */
class EesExportTest {

    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();
    static final java.util.function.Function<String, Optional<IndicatorMetadata>> BY_ID =
            id -> CATALOGUE.find(id).map(Indicator::metadata);

    @TempDir
    Path dir;

    /** A shareable indicators row of LA 391 for September 2026: what is given, the rest empty. */
    static Object[] row(String id, String breakdown, String group, Long numerator, Long denominator, Double value,
                        String status, boolean suppressed) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("la_code", "391");
        v.put("period_end", LocalDate.of(2026, 9, 30));
        v.put("indicator_id", id);
        v.put("indicator_title", "Title, of " + id);
        v.put("breakdown", breakdown);
        v.put("breakdown_value", group);
        v.put("numerator", numerator);
        v.put("denominator", denominator);
        v.put("value", value);
        v.put("status", status);
        v.put("suppressed", suppressed);
        v.put("suppression_reason", suppressed ? "1 to 4" : null);
        IndicatorMetadata m = BY_ID.apply(id).orElse(BY_ID.apply("CON-01").orElseThrow());
        Object[] keys = OpenDataKeys.forRun(new LaPeriod("391", LocalDate.of(2026, 9, 30)), "Newcastle", Optional.empty())
                .at(TimeKey.of(m, LocalDate.of(2026, 9, 30))).values();
        List<String> open = List.of("time_period", "time_identifier", "geographic_level", "country_code",
                "country_name", "old_la_code", "new_la_code", "la_name", "region_code", "region_name");
        for (int i = 0; i < open.size(); i++) {
            v.put(open.get(i), keys[i]);
        }
        Object[] row = new Object[ShareableIndicatorsDataset.SCHEMA.columnCount()];
        v.forEach((column, value1) -> row[ShareableIndicatorsDataset.SCHEMA.indexOf(column)] = value1);
        return row;
    }

    static List<EesExport.ExportFile> export(Object[]... rows) {
        return EesExport.of(new TableData(ShareableIndicatorsDataset.SCHEMA, Arrays.asList(rows)), BY_ID);
    }

    /** The filter and indicator cells of the month file's rows, from indicator on. */
    static List<String> measures(EesExport.ExportFile file, int row) {
        List<String> cells = file.rows().get(row);
        return cells.subList(file.header().indexOf("indicator"), cells.size());
    }

    @Test
    void eachKindOfMeasureHasItsOwnColumnAndEveryMissingNumberItsSymbol() {
        List<EesExport.ExportFile> files = export(
                row("CON-01", "all", "all", 395L, null, 395.0, "computed", false),
                row("CON-01", "gender", "other or unknown", 0L, null, 0.0, "computed", false),
                row("ASM-02", "all", "all", 44L, 166L, 26.50602409638554, "computed", false),
                row("ASM-02", "age band", "unborn", 0L, 0L, null, "computed", false),
                row("ASM-02", "age band", "under 1", null, null, null, "computed", true),
                row("CON-02", "all", "all", 395L, 5200L, 1519.230769230769, "computed", false),
                row("ASM-03", "all", "all", 127L, null, 36.0, "computed", false),
                row("ASM-03", "working days", "11 to 20", 20L, 127L, 15.748031496062993, "computed", false),
                row("ASM-03", "working days", "same day", null, null, null, "computed", true),
                row("REF-01-CIN", "all", "all", null, null, null, "list_not_supplied", false),
                row("CON-02", "basis", "six months", null, null, null, "population_not_configured", false));
        assertThat(files).hasSize(1);
        EesExport.ExportFile month = files.get(0);
        assertThat(month.name()).isEqualTo("chat-indicators");
        assertThat(month.header().subList(month.header().indexOf("indicator"), month.header().size()))
                .containsExactly("indicator", "breakdown_topic", "breakdown", "figure_count", "figure_percent",
                        "figure_rate_per_10000", "figure_days", "numerator_count", "denominator_count");
        // indicator, topic, breakdown, count, percent, rate, days, numerator, denominator
        assertThat(measures(month, 0)).as("a count, for everyone: Total / Total")
                .containsExactly("CON-01", "Total", "Total", "395", "z", "z", "z", "395", "z");
        assertThat(measures(month, 1)).as("a true zero is 0")
                .containsExactly("CON-01", "gender", "other or unknown", "0", "z", "z", "z", "0", "z");
        assertThat(measures(month, 2)).as("a percentage, to four places")
                .containsExactly("ASM-02", "Total", "Total", "z", "26.506", "z", "z", "44", "166");
        assertThat(measures(month, 3)).as("a percentage of no cases: not applicable, its zeros true")
                .containsExactly("ASM-02", "age band", "unborn", "z", "z", "z", "z", "0", "0");
        assertThat(measures(month, 4)).as("withheld by the small-number rule: c, its basis too")
                .containsExactly("ASM-02", "age band", "under 1", "z", "c", "z", "z", "c", "c");
        assertThat(measures(month, 5)).as("a rate, its numerator and population")
                .containsExactly("CON-02", "Total", "Total", "z", "z", "1519.2308", "z", "395", "5200");
        assertThat(measures(month, 6)).as("a median in days, of the records measured")
                .containsExactly("ASM-03", "Total", "Total", "z", "z", "z", "36", "127", "z");
        assertThat(measures(month, 7)).as("a median's duration band: a share of those measured")
                .containsExactly("ASM-03", "working days", "11 to 20", "z", "15.748", "z", "z", "20", "127");
        assertThat(measures(month, 8)).as("a withheld band")
                .containsExactly("ASM-03", "working days", "same day", "z", "c", "z", "z", "c", "c");
        assertThat(measures(month, 9)).as("not computed: its list not supplied")
                .containsExactly("REF-01-CIN", "Total", "Total", "x", "z", "z", "z", "x", "z");
        assertThat(measures(month, 10)).as("not computed: no population")
                .containsExactly("CON-02", "basis", "six months", "z", "z", "x", "z", "x", "x");
        assertThat(month.rows().get(0).subList(0, 10)).containsExactly("2026", "September", "Local authority",
                "E92000001", "England", "E12000001", "North East", "391", "E08000021", "Newcastle upon Tyne");
    }

    @Test
    void aCollectionYearsFiguresGoInAFileOfTheirOwn() {
        List<EesExport.ExportFile> files = export(
                row("CON-01", "all", "all", 395L, null, 395.0, "computed", false),
                row("CLA-15-903", "all", "all", 40L, 50L, 80.0, "computed", false),
                row("CLA-22", "all", "all", null, null, null, "list_not_supplied", false));
        assertThat(files).extracting(EesExport.ExportFile::name)
                .containsExactly("chat-indicators", "chat-indicators-reporting-year");
        assertThat(files.get(0).rows()).extracting(r -> r.get(1)).containsOnly("September");
        assertThat(files.get(1).rows()).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("2026 Reporting year", "2026 Reporting year");
    }

    @Test
    void aFilterWithOneLevelIsNotDescribedAndEveryIndicatorColumnIs() {
        EesExport.ExportFile onlyTotals = export(row("CON-01", "all", "all", 395L, null, 395.0, "computed", false),
                row("ASM-02", "all", "all", 44L, 166L, 26.5, "computed", false)).get(0);
        assertThat(onlyTotals.meta()).extracting(EesExport.MetaRow::colName).containsExactly("indicator",
                "figure_count", "figure_percent", "figure_rate_per_10000", "figure_days", "numerator_count",
                "denominator_count");
        assertThat(onlyTotals.meta()).filteredOn(m -> m.colName().equals("figure_percent"))
                .extracting(EesExport.MetaRow::indicatorUnit).containsExactly("%");

        EesExport.ExportFile withBreakdown = export(row("CON-01", "all", "all", 395L, null, 395.0, "computed", false),
                row("CON-01", "gender", "male", 218L, null, 218.0, "computed", false)).get(0);
        // one indicator: its filter has one level, so the breakdown comes first
        assertThat(withBreakdown.meta().get(0)).isEqualTo(new EesExport.MetaRow("breakdown", "Filter", "Breakdown",
                "", "", "", "A group of one breakdown at a time; Total is everyone", "breakdown_topic"));
    }

    @Test
    void aBreakdownThatNamesStaffIsNeverExported() {
        assertThatThrownBy(() -> export(row("ASM-03", "team", "Assessment Team 1", 10L, null, 30.0, "computed",
                false))).isInstanceOf(IllegalStateException.class)
                .hasMessage("ASM-03's breakdown by team names staff and is never shared");
        assertThatThrownBy(() -> export(row("NOPE-01", "all", "all", 1L, null, 1.0, "computed", false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOPE-01 is not in the catalogue");
    }

    @Test
    void theFilesPassEveryRuleOfTheStandardAndCommasAreQuoted() throws Exception {
        List<Path> written = new ArrayList<>();
        for (EesExport.ExportFile file : export(row("CON-01", "all", "all", 395L, null, 395.0, "computed", false),
                row("CON-01", "gender", "male", 218L, null, 218.0, "computed", false),
                row("CLA-15-903", "all", "all", 40L, 50L, 80.0, "computed", false),
                row("CLA-22", "all", "all", 3L, null, 3.0, "computed", false))) {
            written.addAll(EesExport.write(file, dir));
        }
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("chat-indicators.csv",
                "chat-indicators.meta.csv", "chat-indicators-reporting-year.csv",
                "chat-indicators-reporting-year.meta.csv");
        assertThat(Files.readString(dir.resolve("chat-indicators.csv")))
                .contains(",\"Title, of CON-01\",CON-01,Total,Total,395,z,z,z,395,z");
        OpenDataStandardCheck.Result result = OpenDataStandardCheck.check(dir.resolve("chat-indicators.csv"),
                dir.resolve("chat-indicators.meta.csv"), Set.of(), Set.of("team", "worker"));
        assertThat(result.failures()).isEmpty();
        assertThat(result.data().column("indicator_title")).containsOnly("Title, of CON-01");
    }
}
