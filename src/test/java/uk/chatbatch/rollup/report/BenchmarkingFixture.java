package uk.chatbatch.rollup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableSchema;

/**
 * Small {@code benchmarking} and {@code benchmarking_trend} datasets in the roll-up contract's schema
 * (../helpers/ROLLUP-SPEC.md), written with the product's Parquet writer. A cell's statistics are worked out
 * here as the contract says (percentiles of R type 7, SQL rank(), quarters by value), so a test states only
 * the LAs' figures; tests that check ranks write the expected ranks beside the figures themselves.
 */
final class BenchmarkingFixture {

    static final TableSchema BENCHMARKING = new TableSchema("benchmarking", List.of(
            new ColumnDef("group_id", ColumnType.STRING), new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("indicator_id", ColumnType.STRING), new ColumnDef("indicator_title", ColumnType.STRING),
            new ColumnDef("breakdown", ColumnType.STRING), new ColumnDef("breakdown_value", ColumnType.STRING),
            new ColumnDef("la_code", ColumnType.STRING), new ColumnDef("value", ColumnType.DOUBLE),
            new ColumnDef("suppressed", ColumnType.BOOLEAN), new ColumnDef("suppression_reason", ColumnType.STRING),
            new ColumnDef("compared", ColumnType.BOOLEAN), new ColumnDef("not_compared_reason", ColumnType.STRING),
            new ColumnDef("group_la_count", ColumnType.INT64), new ColumnDef("n_las", ColumnType.INT64),
            new ColumnDef("group_mean", ColumnType.DOUBLE), new ColumnDef("group_median", ColumnType.DOUBLE),
            new ColumnDef("group_q1", ColumnType.DOUBLE), new ColumnDef("group_q3", ColumnType.DOUBLE),
            new ColumnDef("rank", ColumnType.INT64), new ColumnDef("quartile_band", ColumnType.INT32),
            new ColumnDef("england_value", ColumnType.DOUBLE), new ColumnDef("england_year", ColumnType.STRING),
            new ColumnDef("unit", ColumnType.STRING), new ColumnDef("polarity", ColumnType.STRING),
            new ColumnDef("settings", ColumnType.STRING), new ColumnDef("catalogue_version", ColumnType.STRING)));

    static final TableSchema TREND = new TableSchema("benchmarking_trend", List.of(
            new ColumnDef("group_id", ColumnType.STRING), new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("indicator_id", ColumnType.STRING), new ColumnDef("breakdown", ColumnType.STRING),
            new ColumnDef("breakdown_value", ColumnType.STRING), new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("value", ColumnType.DOUBLE), new ColumnDef("suppressed", ColumnType.BOOLEAN),
            new ColumnDef("group_median", ColumnType.DOUBLE)));

    static final String SETTINGS = "";
    static final String CATALOGUE = "2026.11-1";

    /** One LA's figure in a cell: shown, withheld (with the value the LA held back), or with other settings. */
    record LaFigure(String la, Double value, boolean suppressed, String otherSettings) {
        static LaFigure shown(String la, double value) {
            return new LaFigure(la, value, false, null);
        }

        static LaFigure withheld(String la) {
            return new LaFigure(la, null, true, null);
        }

        static LaFigure noFigure(String la) {
            return new LaFigure(la, null, false, null);
        }

        static LaFigure otherSettings(String la, double value, String settings) {
            return new LaFigure(la, value, false, settings);
        }

        boolean used() {
            return !suppressed && otherSettings == null && value != null;
        }
    }

    /** One indicator's whole-population cell in one period. */
    record Cell(String indicatorId, String title, Unit unit, Polarity polarity, Double england, String englandYear,
                List<LaFigure> figures) {
        static Cell of(IndicatorMetadata m, Double england, List<LaFigure> figures) {
            return new Cell(m.id(), m.title(), m.unit(), m.polarity(), england, england == null ? null : "2025", figures);
        }
    }

    private BenchmarkingFixture() {
    }

    /** The cell's rows as the roll-up writes them: statistics over the used figures, ranks, quarters. */
    static List<Object[]> rows(String group, LocalDate period, Cell cell) {
        List<Double> used = cell.figures().stream().filter(LaFigure::used).map(LaFigure::value).sorted().toList();
        Double median = percentile(used, 0.5);
        Double q1 = percentile(used, 0.25);
        Double q3 = percentile(used, 0.75);
        Double mean = used.isEmpty() ? null : used.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        boolean ascending = cell.polarity() == Polarity.LOWER_IS_BETTER;
        List<Object[]> rows = new ArrayList<>();
        for (LaFigure f : cell.figures().stream().sorted(Comparator.comparing(LaFigure::la)).toList()) {
            Long rank = null;
            Integer band = null;
            if (f.used()) {
                rank = 1 + used.stream().filter(v -> ascending ? v < f.value() : v > f.value()).count();
                band = f.value() <= q1 ? 1 : f.value() <= median ? 2 : f.value() <= q3 ? 3 : 4;
            }
            boolean compared = f.otherSettings() == null;
            rows.add(new Object[] {group, period, cell.indicatorId(), cell.title(), "all", "all", f.la(),
                    f.suppressed() ? null : f.value(), f.suppressed(), f.suppressed() ? "1 to 4" : null, compared,
                    compared ? null : "definition or settings differ from the group's: " + f.otherSettings() + " vs "
                            + "(defaults)", (long) cell.figures().size(), (long) used.size(), mean, median, q1, q3,
                    rank, band, cell.england(), cell.englandYear(), cell.unit().label(), cell.polarity().column(),
                    compared ? SETTINGS : f.otherSettings(), CATALOGUE});
        }
        return rows;
    }

    /** R type 7: x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]), h = (n - 1)p. */
    static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    static void writeBenchmarking(Path benchmarkingDir, String group, LocalDate period, List<Object[]> rows)
            throws IOException {
        Path partition = benchmarkingDir.resolve("group=" + group).resolve("period=" + period);
        Files.createDirectories(partition);
        try (ParquetTableWriter writer = ParquetTableWriter.create(partition.resolve("part-00000.parquet"), BENCHMARKING)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
    }

    /** The trend rows of benchmarking rows (any number of periods). */
    static void writeTrend(Path trendDir, String group, List<Object[]> benchmarkingRows) throws IOException {
        Path folder = trendDir.resolve("group=" + group);
        Files.createDirectories(folder);
        try (ParquetTableWriter writer = ParquetTableWriter.create(folder.resolve("part-00000.parquet"), TREND)) {
            for (Object[] r : benchmarkingRows) {
                writer.write(new Object[] {r[0], r[6], r[2], r[4], r[5], r[1], r[7], r[8], r[15]});
            }
        }
    }

    /**
     * A synthetic group: every headline measure for every LA over the periods, figures drifting around a level that
     * suits the unit; about one figure in twelve withheld, and the last LA's first measure on other settings.
     * Writes both datasets; the same seed gives the same data.
     */
    static void region(Path out, String group, List<String> las, List<LocalDate> periods, long seed) throws IOException {
        Random random = new Random(seed);
        List<Object[]> trend = new ArrayList<>();
        List<IndicatorMetadata> headlines = RegionalReport.headlines();
        for (int p = 0; p < periods.size(); p++) {
            List<Object[]> period = new ArrayList<>();
            for (int i = 0; i < headlines.size(); i++) {
                IndicatorMetadata m = headlines.get(i);
                double level = switch (m.unit()) {
                    case PERCENT -> 55 + 30 * random.nextDouble();
                    case RATE_PER_10000 -> 30 + 60 * random.nextDouble();
                    case DAYS -> 150 + 300 * random.nextDouble();
                    case COUNT -> 20 + 200 * random.nextDouble();
                };
                List<LaFigure> figures = new ArrayList<>();
                for (int l = 0; l < las.size(); l++) {
                    double v = level * (0.7 + 0.6 * random.nextDouble());
                    v = m.unit() == Unit.PERCENT ? Math.min(100, v) : v;
                    v = Math.round(v * 10) / 10.0;
                    if (random.nextInt(12) == 0) {
                        figures.add(LaFigure.withheld(las.get(l)));
                    } else if (i == 0 && l == las.size() - 1) {
                        figures.add(LaFigure.otherSettings(las.get(l), v, "re-referral window: 6 months"));
                    } else {
                        figures.add(LaFigure.shown(las.get(l), v));
                    }
                }
                period.addAll(rows(group, periods.get(p), Cell.of(m, Math.round(level * 10) / 10.0, figures)));
            }
            writeBenchmarking(out.resolve("benchmarking"), group, periods.get(p), period);
            trend.addAll(period);
        }
        writeTrend(out.resolve("benchmarking_trend"), group, trend);
    }
}
