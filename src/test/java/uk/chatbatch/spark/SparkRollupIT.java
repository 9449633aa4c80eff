package uk.chatbatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableData;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * The Spark roll-up job on hand-made shareable indicators, every rule of ROLLUP-SPEC.md "Groups" in a cell of its
 * own, with the expected figures written beside the rows. Five London LAs (201 to 205) and Slough (871, South East)
 * in two output folders; the job is run once with {@code --region london}, so Slough is left out and the group is
 * London. The in-JVM roll-up is held to the same rows in {@code SparkRollupEqualsInJvmIT}.
 */
class SparkRollupIT {

    private static final LocalDate PERIOD = LocalDate.of(2026, 3, 31);

    @TempDir
    static Path dir;

    private static Path output;
    private static SparkRollupJob job;

    @BeforeAll
    static void runTheJobOnHandMadeIndicators() throws Exception {
        Path first = dir.resolve("first-run");
        Path second = dir.resolve("second-run");
        // cell A: higher is better; quartile positions fall on whole ranks (h = 1, 2, 3)
        write(first, row("201", "A", 10.0), row("202", "A", 20.0), row("203", "A", 20.0));
        write(second, row("204", "A", 40.0), row("205", "A", 50.0),
                row("871", "A", 1000.0)); // Slough: South East, not in the group
        // cell B: lower is better; one figure withheld, one not computed
        write(first, row("201", "B", 5.0).lowerIsBetter(), row("202", "B", 7.0).lowerIsBetter(),
                row("203", "B", null).lowerIsBetter().withheld("1 to 4"));
        write(second, row("204", "B", 9.0).lowerIsBetter(), row("205", "B", null).lowerIsBetter().status("no_cases"));
        // cell C: two LAs counted with other settings; three hold the reference
        write(first, row("201", "C", 1.0).settings("s=a"), row("202", "C", 2.0).settings("s=a"),
                row("203", "C", 3.0).settings("s=a"));
        write(second, row("204", "C", 4.0).settings("s=b"), row("205", "C", 5.0).settings("s=b"));
        // cell D: two definitions held by two LAs each: the smaller key (v1|s=z) is the reference; 205 has no row
        write(first, row("201", "D", 1.0).version("v2"), row("202", "D", 2.0).version("v2"),
                row("203", "D", 3.0).version("v1"));
        write(second, row("204", "D", 3.0).version("v1"));
        // cell T: 13 periods of one LA, for the trend's latest 12
        for (int month = 0; month < 13; month++) {
            LocalDate period = LocalDate.of(2025, 3, 31).plusMonths(month).withDayOfMonth(1).plusMonths(1).minusDays(1);
            write(first, row("201", "T", (double) month).period(period));
        }
        output = dir.resolve("rolled-up");
        job = SparkRollupJob.run(dir.resolve("console"), "--from", first + "," + second, "--output",
                output.toString(), "--region", "london");
        assertThat(job.exitCode()).as(job.toString()).isZero();
    }

    /** la_code, then what the roll-up must say about that LA in that cell. */
    record Expected(String la, Double value, boolean suppressed, boolean compared, String notComparedReason,
                    long groupLaCount, long nLas, Double mean, Double q1, Double median, Double q3, Long rank,
                    Integer band) {
    }

    @Test
    void rankAndQuartilesWhenHigherIsBetter() throws IOException {
        assertCell("A",
                new Expected("201", 10.0, false, true, null, 5, 5, 28.0, 20.0, 20.0, 40.0, 5L, 1),
                new Expected("202", 20.0, false, true, null, 5, 5, 28.0, 20.0, 20.0, 40.0, 3L, 1), // tie: both 3rd
                new Expected("203", 20.0, false, true, null, 5, 5, 28.0, 20.0, 20.0, 40.0, 3L, 1),
                new Expected("204", 40.0, false, true, null, 5, 5, 28.0, 20.0, 20.0, 40.0, 2L, 3), // = q3: band 3
                new Expected("205", 50.0, false, true, null, 5, 5, 28.0, 20.0, 20.0, 40.0, 1L, 4));
    }

    @Test
    void withheldAndNotComputedFiguresAreCountedInTheGroupButNeverRankedOrUsed() throws IOException {
        // used: 5, 7, 9; q1 = 5 + 0.5 x (7 - 5) = 6, q3 = 7 + 0.5 x (9 - 7) = 8 (type 7)
        assertCell("B",
                new Expected("201", 5.0, false, true, null, 5, 3, 7.0, 6.0, 7.0, 8.0, 1L, 1),
                new Expected("202", 7.0, false, true, null, 5, 3, 7.0, 6.0, 7.0, 8.0, 2L, 2),
                new Expected("203", null, true, true, null, 5, 3, 7.0, 6.0, 7.0, 8.0, null, null),
                new Expected("204", 9.0, false, true, null, 5, 3, 7.0, 6.0, 7.0, 8.0, 3L, 4),
                new Expected("205", null, false, true, null, 5, 3, 7.0, 6.0, 7.0, 8.0, null, null));
    }

    @Test
    void figuresCountedWithOtherSettingsAreReportedNotCompared() throws IOException {
        String reason = "definition or settings differ from the group's: s=b vs s=a";
        assertCell("C",
                new Expected("201", 1.0, false, true, null, 5, 3, 2.0, 1.5, 2.0, 2.5, 3L, 1),
                new Expected("202", 2.0, false, true, null, 5, 3, 2.0, 1.5, 2.0, 2.5, 2L, 2),
                new Expected("203", 3.0, false, true, null, 5, 3, 2.0, 1.5, 2.0, 2.5, 1L, 4),
                new Expected("204", 4.0, false, false, reason, 5, 3, 2.0, 1.5, 2.0, 2.5, null, null),
                new Expected("205", 5.0, false, false, reason, 5, 3, 2.0, 1.5, 2.0, 2.5, null, null));
    }

    @Test
    void aTieBetweenDefinitionsGoesToTheSmallerKeyAndEqualValuesShareRankOne() throws IOException {
        String reason = "definition or settings differ from the group's: s=z vs s=z"; // the versions differ
        assertCell("D",
                new Expected("201", 1.0, false, false, reason, 4, 2, 3.0, 3.0, 3.0, 3.0, null, null),
                new Expected("202", 2.0, false, false, reason, 4, 2, 3.0, 3.0, 3.0, 3.0, null, null),
                new Expected("203", 3.0, false, true, null, 4, 2, 3.0, 3.0, 3.0, 3.0, 1L, 1),
                new Expected("204", 3.0, false, true, null, 4, 2, 3.0, 3.0, 3.0, 3.0, 1L, 1));
    }

    @Test
    void datasetsAreInTheProductsLayoutOneFilePerPeriodWithTheSpecsColumns() throws IOException {
        Path group = output.resolve("benchmarking/group=London");
        try (Stream<Path> files = Files.walk(group)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> group.relativize(f).toString()).sorted()
                    .toList();
            assertThat(names).hasSize(13).allMatch(n -> n.matches("period=\\d{4}-\\d{2}-\\d{2}/part-00000.parquet"));
        }
        assertThat(output.resolve("benchmarking_trend/group=London/part-00000.parquet")).exists();
        assertThat(output.resolve(".staging")).isEmptyDirectory();
        TableData latest = latestPeriod();
        // names and types (Spark marks group keys and counts non-nullable, REQUIRED in Parquet; readers take both)
        assertThat(latest.schema().columns().stream().map(c -> new ColumnDef(c.name(), c.type())).toList()).containsExactly(
                col("group_id", ColumnType.STRING), col("period_end", ColumnType.DATE),
                col("indicator_id", ColumnType.STRING), col("indicator_title", ColumnType.STRING),
                col("breakdown", ColumnType.STRING), col("breakdown_value", ColumnType.STRING),
                col("la_code", ColumnType.STRING), col("value", ColumnType.DOUBLE),
                col("suppressed", ColumnType.BOOLEAN), col("suppression_reason", ColumnType.STRING),
                col("compared", ColumnType.BOOLEAN), col("not_compared_reason", ColumnType.STRING),
                col("group_la_count", ColumnType.INT64), col("n_las", ColumnType.INT64),
                col("group_mean", ColumnType.DOUBLE), col("group_median", ColumnType.DOUBLE),
                col("group_q1", ColumnType.DOUBLE), col("group_q3", ColumnType.DOUBLE),
                col("rank", ColumnType.INT64), col("quartile_band", ColumnType.INT32),
                col("england_value", ColumnType.DOUBLE), col("england_year", ColumnType.STRING),
                col("unit", ColumnType.STRING), col("polarity", ColumnType.STRING),
                col("settings", ColumnType.STRING), col("catalogue_version", ColumnType.STRING));
        // sorted by indicator, breakdown, breakdown value, LA; Slough (871) is not in the London group
        assertThat(latest.rows()).extracting(r -> r[2] + "/" + r[6]).containsExactly(
                "A/201", "A/202", "A/203", "A/204", "A/205", "B/201", "B/202", "B/203", "B/204", "B/205",
                "C/201", "C/202", "C/203", "C/204", "C/205", "D/201", "D/202", "D/203", "D/204", "T/201");
        assertThat(latest.column("group_id")).containsOnly("London");
        assertThat(latest.column("suppression_reason")).containsOnly(null, "1 to 4");
        assertThat(latest.column("england_value")).containsOnly(12.5);
        assertThat(job.out()).contains("Rolled up 5 LAs (London), latest period 2026-03-31: 32 benchmarking rows");
    }

    @Test
    void theTrendKeepsEachLasLatestTwelvePeriodsWithTheGroupMedianBeside() throws IOException {
        TableData trend = ParquetTableReader.read(output.resolve("benchmarking_trend/group=London/part-00000.parquet"));
        List<Object[]> t = trend.rows().stream().filter(r -> "T".equals(r[trend.schema().indexOf("indicator_id")]))
                .toList();
        // 13 periods written (March 2025 to March 2026, values 0 to 12): March 2025 is the 13th latest
        assertThat(t).extracting(r -> r[trend.schema().indexOf("period_end")].toString()).containsExactly(
                "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31",
                "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31");
        assertThat(t).extracting(r -> r[trend.schema().indexOf("value")])
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
        assertThat(t).extracting(r -> r[trend.schema().indexOf("group_median")])
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
        assertThat(trend.schema().columns()).extracting(ColumnDef::name).containsExactly("group_id", "la_code",
                "indicator_id", "breakdown", "breakdown_value", "period_end", "value", "suppressed", "group_median");
        // cells A to D have one period: one trend row per LA there
        assertThat(trend.rowCount()).isEqualTo(12 + 5 + 5 + 5 + 4);
    }

    @Test
    void oneLaAndPeriodInTwoFoldersIsRefusedInOneSentence() throws Exception {
        Path a = dir.resolve("twice-a");
        Path b = dir.resolve("twice-b");
        write(a, row("201", "A", 1.0));
        write(b, row("201", "A", 1.0));
        SparkRollupJob twice = SparkRollupJob.run(dir.resolve("console"), "--from", a.toString(), b.toString(),
                "--output", dir.resolve("never").toString());
        assertThat(twice.exitCode()).as(twice.toString()).isEqualTo(2);
        assertThat(twice.err().strip()).isEqualTo("LA 201 period 2026-03-31 is in both " + a + " and " + b
                + ": give each LA and period once.");
        assertThat(dir.resolve("never/benchmarking")).doesNotExist();
    }

    @Test
    void aFolderWithoutShareableIndicatorsIsNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("not-an-output"));
        SparkRollupJob missing = SparkRollupJob.run(dir.resolve("console"), "--from", empty.toString(),
                "--output", dir.resolve("never").toString());
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("Folder " + empty + " has no shareable/indicators dataset: give"
                + " the output folder of a run that wrote shareable indicators (the folder holding shareable/).");
    }

    private void assertCell(String indicator, Expected... expected) throws IOException {
        TableData latest = latestPeriod();
        List<Object[]> rows = latest.rows().stream()
                .filter(r -> indicator.equals(r[latest.schema().indexOf("indicator_id")])).toList();
        assertThat(rows).extracting(r -> r[latest.schema().indexOf("la_code")])
                .containsExactly(Stream.of(expected).map(Expected::la).toArray());
        for (int i = 0; i < expected.length; i++) {
            Expected e = expected[i];
            Map<String, Object> actual = named(latest, rows.get(i));
            String where = indicator + " LA " + e.la();
            assertThat(actual.get("value")).as(where + " value").isEqualTo(e.value());
            assertThat(actual.get("suppressed")).as(where + " suppressed").isEqualTo(e.suppressed());
            assertThat(actual.get("compared")).as(where + " compared").isEqualTo(e.compared());
            assertThat(actual.get("not_compared_reason")).as(where + " reason").isEqualTo(e.notComparedReason());
            assertThat(actual.get("group_la_count")).as(where + " group_la_count").isEqualTo(e.groupLaCount());
            assertThat(actual.get("n_las")).as(where + " n_las").isEqualTo(e.nLas());
            assertThat((Double) actual.get("group_mean")).as(where + " mean").isCloseTo(e.mean(), within(1e-12));
            assertThat(actual.get("group_q1")).as(where + " q1").isEqualTo(e.q1());
            assertThat(actual.get("group_median")).as(where + " median").isEqualTo(e.median());
            assertThat(actual.get("group_q3")).as(where + " q3").isEqualTo(e.q3());
            assertThat(actual.get("rank")).as(where + " rank").isEqualTo(e.rank());
            assertThat(actual.get("quartile_band")).as(where + " band").isEqualTo(e.band());
        }
    }

    private TableData latestPeriod() throws IOException {
        return ParquetTableReader.read(output.resolve("benchmarking/group=London/period=" + PERIOD));
    }

    private static Map<String, Object> named(TableData table, Object[] row) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (ColumnDef column : table.schema().columns()) {
            named.put(column.name(), row[table.schema().indexOf(column.name())]);
        }
        return named;
    }

    private static ColumnDef col(String name, ColumnType type) {
        return new ColumnDef(name, type);
    }

    private static IndicatorRow row(String la, String indicator, Double value) {
        return new IndicatorRow(la, PERIOD, indicator, value, "higher_is_better", "computed", "s=1", "v1", null);
    }

    /** One row of the shareable indicators dataset, the columns the roll-up reads; the rest as a run fills them. */
    private record IndicatorRow(String la, LocalDate period, String indicator, Double value, String polarity,
                                String status, String settings, String catalogueVersion, String suppressionReason) {

        IndicatorRow lowerIsBetter() {
            return new IndicatorRow(la, period, indicator, value, "lower_is_better", status, settings,
                    catalogueVersion, suppressionReason);
        }

        IndicatorRow withheld(String reason) {
            return new IndicatorRow(la, period, indicator, null, polarity, status, settings, catalogueVersion, reason);
        }

        IndicatorRow status(String newStatus) {
            return new IndicatorRow(la, period, indicator, value, polarity, newStatus, settings, catalogueVersion,
                    suppressionReason);
        }

        IndicatorRow settings(String newSettings) {
            return new IndicatorRow(la, period, indicator, value, polarity, status, newSettings, catalogueVersion,
                    suppressionReason);
        }

        IndicatorRow version(String newVersion) {
            return new IndicatorRow(la, period, indicator, value, polarity, status, "s=z", newVersion,
                    suppressionReason);
        }

        IndicatorRow period(LocalDate newPeriod) {
            return new IndicatorRow(la, newPeriod, indicator, value, polarity, status, settings, catalogueVersion,
                    suppressionReason);
        }

        Object[] toRow() {
            var schema = ShareableIndicatorsDataset.SCHEMA;
            Object[] row = new Object[schema.columnCount()];
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("la_code", la);
            values.put("period_end", period);
            values.put("indicator_id", indicator);
            values.put("indicator_title", "Indicator " + indicator);
            values.put("breakdown", "all");
            values.put("breakdown_value", "all");
            values.put("value", value);
            values.put("unit", "percent");
            values.put("polarity", polarity);
            values.put("status", status);
            values.put("settings", settings);
            values.put("england_value", 12.5);
            values.put("england_year", "2024-25");
            values.put("catalogue_version", catalogueVersion);
            values.put("run_id", 1L);
            values.put("suppressed", suppressionReason != null);
            values.put("suppression_reason", suppressionReason);
            values.forEach((column, v) -> row[schema.indexOf(column)] = v);
            return row;
        }
    }

    /**
     * Adds rows to {@code <folder>/shareable/indicators/la=<LA>/period=<date>/part-00000.parquet}, one file per LA
     * and period as a run writes them (rows already there are kept).
     */
    private static void write(Path folder, IndicatorRow... rows) throws IOException {
        Map<Path, List<Object[]>> byFile = new LinkedHashMap<>();
        for (IndicatorRow r : rows) {
            Path file = folder.resolve("shareable/indicators/la=" + r.la() + "/period=" + r.period()
                    + "/part-00000.parquet");
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(r.toRow());
        }
        for (Map.Entry<Path, List<Object[]>> file : byFile.entrySet()) {
            List<Object[]> all = new ArrayList<>();
            if (Files.exists(file.getKey())) {
                all.addAll(ParquetTableReader.read(file.getKey()).rows());
                Files.delete(file.getKey());
            }
            all.addAll(file.getValue());
            Files.createDirectories(file.getKey().getParent());
            try (ParquetTableWriter writer = ParquetTableWriter.create(file.getKey(), ShareableIndicatorsDataset.SCHEMA)) {
                for (Object[] row : all) {
                    writer.write(row);
                }
            }
        }
    }
}
