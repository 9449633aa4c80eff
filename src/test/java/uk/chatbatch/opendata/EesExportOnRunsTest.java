package uk.chatbatch.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.indicators.DeclaredBreakdown;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * The Explore Education Statistics files of whole runs, as a user gets them, through every rule of the DfE's open
 * data standards ({@link OpenDataStandardCheck}): the bundled sample (a synthetic LA), a real LA with SSDA903 and a
 * CIN census (both kinds of time identifier), and a generated LA of 10 children, where most figures are withheld.
 * Each file's figures are also those of the shareable indicators dataset, row for row, symbol for symbol.
 */
class EesExportOnRunsTest {

    static final String SAMPLE_ANNEX_A = "input/sample/annex-a-sample.xlsx";
    /** Columns of the internal datasets that hold a child's identifier or a team's or worker's name. */
    static final Set<String> NAMING_COLUMNS = Set.of("child_id", "family_id", "adopter_id", "allocated_worker",
            "allocated_team", "personal_advisor", "child", "upn", "la_child_id", "former_upn", "sw_id");

    @TempDir
    Path dir;

    @Test
    void theBundledSampleLa() throws Exception {
        Path out = dir.resolve("sample");
        run("run", "jobs/sample-la.yml", "--output", out.toString());
        Path ees = out.resolve("shareable/ees/la=999/period=2026-09-30");

        OpenDataStandardCheck.Table month = checked(out, ees, EesExport.MONTH_FILE);
        assertThat(month.rows().get(0).subList(0, 10)).as("a synthetic LA: no ONS code, its job's name and region")
                .containsExactly("2026", "September", "Local authority", "E92000001", "England", "E12000001",
                        "North East", "999", "", "Sampleshire");
        OpenDataStandardCheck.Table year = checked(out, ees, EesExport.REPORTING_YEAR_FILE);
        assertThat(year.column("time_period")).containsOnly("2026");
        assertThat(year.column("time_identifier")).containsOnly("Reporting year");
        assertThat(year.column("figure_percent")).as("no SSDA903 was supplied").containsOnly("x", "z");
        sameFiguresAsTheShareableDataset(out, "999", "2026-09-30", month, year);
    }

    @Test
    void aRealLaWithSsda903AndACinCensus() throws Exception {
        Path out = dir.resolve("returns");
        run("run", "--la", "201", "--la-name", "Sample", "--period-end", "2022-03-31", "--output", out.toString(),
                "--annex-a", SAMPLE_ANNEX_A,
                "--ssda903", SharedSamples.path("cs-demand-model/cs_demand_model_samples/combined").toString(),
                "--cin", SharedSamples.path("liia-tools/liiatools/cin_census_pipeline/spec/samples/cin-2022.xml")
                        .toString());
        Path ees = out.resolve("shareable/ees/la=201/period=2022-03-31");

        OpenDataStandardCheck.Table month = checked(out, ees, EesExport.MONTH_FILE);
        assertThat(month.rows().get(0).subList(0, 10)).as("the DfE table's row, not the job's name")
                .containsExactly("2022", "March", "Local authority", "E92000001", "England", "E12000007", "London",
                        "201", "E09000001", "City of London");
        assertThat(month.column("indicator")).contains("CLA-01-903", "REF-01-CIN", "CON-01");
        OpenDataStandardCheck.Table year = checked(out, ees, EesExport.REPORTING_YEAR_FILE);
        assertThat(year.column("time_period")).as("the collection year 2021-22").containsOnly("2022");
        assertThat(year.column("indicator")).contains("CLA-15-903", "CL-02-903");
        assertThat(year.column("figure_percent")).as("OC2 and OC3 figures computed")
                .anyMatch(v -> v.matches("\\d+(\\.\\d+)?"));
        sameFiguresAsTheShareableDataset(out, "201", "2022-03-31", month, year);
    }

    @Test
    void aGeneratedLaOfTenChildrenWithholdsMostFigures() throws Exception {
        Path workbook = dir.resolve("tiny.xlsx");
        run("generate", "--seed", "11", "--children", "10", "--period-end", "2026-09-30", "--output",
                workbook.toString());
        Path out = dir.resolve("tiny");
        run("run", "--la", "420", "--period-end", "2026-09-30", "--annex-a", workbook.toString(), "--population",
                "2000", "--output", out.toString());
        Path ees = out.resolve("shareable/ees/la=420/period=2026-09-30");

        OpenDataStandardCheck.Table month = checked(out, ees, EesExport.MONTH_FILE);
        assertThat(month.rows().get(0).subList(7, 10)).containsExactly("420", "E06000053", "Isles of Scilly");
        long withheld = month.rows().stream().filter(r -> r.contains("c")).count();
        long shownCounts = month.column("figure_count").stream().filter(v -> v.matches("[1-9]\\d*")).count();
        assertThat(withheld).as("rows with a figure withheld, against counts of 1 or more shown")
                .isGreaterThan(shownCounts).isGreaterThan(50);
        sameFiguresAsTheShareableDataset(out, "420", "2026-09-30", month,
                checked(out, ees, EesExport.REPORTING_YEAR_FILE));
    }

    private static void run(String... args) {
        CapturedOutput run = CapturedOutput.launch(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        if (args[0].equals("run")) {
            assertThat(run.out()).contains("Explore Education Statistics file: ");
        }
    }

    /** The file and its meta through every rule; the data file read back. */
    private static OpenDataStandardCheck.Table checked(Path out, Path ees, String name) throws Exception {
        OpenDataStandardCheck.Result result = OpenDataStandardCheck.check(ees.resolve(name + ".csv"),
                ees.resolve(name + ".meta.csv"), namesIn(out), staffBreakdowns());
        assertThat(result.failures()).as(name).isEmpty();
        assertThat(result.data().rows()).as(name).isNotEmpty();
        return result.data();
    }

    /** Every child identifier and team or worker name in the run's internal datasets (the needles). */
    static Set<String> namesIn(Path out) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> dirs = Files.walk(out.resolve("parquet"))) {
            for (Path partition : dirs.filter(d -> d.getFileName().toString().startsWith("period=")).toList()) {
                TableData table = ParquetTableReader.read(partition);
                for (ColumnDef c : table.schema().columns()) {
                    if (NAMING_COLUMNS.contains(c.name())) {
                        table.column(c.name()).stream().filter(v -> v instanceof String s && s.length() >= 5)
                                .forEach(v -> names.add((String) v));
                    }
                }
            }
        }
        assertThat(names).as("identifiers and names found to look for").isNotEmpty();
        return names;
    }

    static Set<String> staffBreakdowns() {
        Set<String> staff = new TreeSet<>();
        IndicatorCatalogue.discover().definitions().forEach(m -> m.declaredBreakdowns().stream()
                .filter(DeclaredBreakdown::namesStaff).forEach(b -> staff.add(b.name())));
        assertThat(staff).contains("team", "worker");
        return staff;
    }

    /**
     * Every row of the shareable indicators dataset is one row of the files: c exactly where it is suppressed, x where
     * the indicator was not computed, and its figure where it is shown.
     */
    private static void sameFiguresAsTheShareableDataset(Path out, String la, String period,
                                                         OpenDataStandardCheck.Table... files) throws Exception {
        TableData shareable = ParquetTableReader.read(out.resolve("shareable/indicators/la=" + la + "/period="
                + period));
        Map<String, List<String>> exported = new HashMap<>();
        for (OpenDataStandardCheck.Table file : files) {
            for (List<String> row : file.rows()) {
                int at = file.at("indicator");
                exported.put(String.join("|", row.subList(at, at + 3)), row.subList(at + 3, row.size()));
            }
        }
        assertThat(exported).hasSize(shareable.rowCount());
        for (int r = 0; r < shareable.rowCount(); r++) {
            boolean all = "all".equals(shareable.value(r, "breakdown"));
            String key = shareable.value(r, "indicator_id") + "|"
                    + (all ? "Total|Total" : shareable.value(r, "breakdown") + "|" + shareable.value(r, "breakdown_value"));
            List<String> measures = exported.get(key);
            assertThat(measures).as(key).isNotNull();
            String status = (String) shareable.value(r, "status");
            if (Boolean.TRUE.equals(shareable.value(r, "suppressed"))) {
                assertThat(measures).as(key).contains("c").doesNotContain("x").allMatch(v -> v.equals("c")
                        || v.equals("z"));
            } else if (!status.equals("computed") && !status.equals("no_cases")) {
                assertThat(measures).as(key).contains("x").allMatch(v -> v.equals("x") || v.equals("z"));
            } else {
                assertThat(measures).as(key).doesNotContain("c", "x");
                Object value = shareable.value(r, "value");
                if (value != null) {
                    double figure = (Double) value;
                    assertThat(measures.subList(0, 4)).as(key).anyMatch(v -> !v.equals("z")
                            && Math.abs(Double.parseDouble(v) - figure) < 0.00005);
                }
            }
        }
    }
}
