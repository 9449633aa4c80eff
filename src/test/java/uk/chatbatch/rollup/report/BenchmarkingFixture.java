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
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.rollup.BenchmarkingDataset;
import uk.chatbatch.rollup.BenchmarkingTrendDataset;
import uk.chatbatch.rollup.CellRollup;
import uk.chatbatch.rollup.TrendPoint;

/**
 * Small {@code benchmarking} and {@code benchmarking_trend} datasets, made by the roll-up's own code (its cell
 * statistics, its row and its trend writer) from LAs' figures a test states; tests that check ranks write the
 * expected ranks beside the figures themselves.
 */
final class BenchmarkingFixture {

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

    /** The cell's rows as the roll-up writes them, with the roll-up's own statistics, ranks and quarters. */
    static List<Object[]> rows(String group, LocalDate period, Cell cell) {
        List<LaFigure> figures = cell.figures().stream().sorted(Comparator.comparing(LaFigure::la)).toList();
        int n = figures.size();
        String[] versions = new String[n];
        String[] settings = new String[n];
        boolean[] usable = new boolean[n];
        double[] values = new double[n];
        String[] polarities = new String[n];
        for (int i = 0; i < n; i++) {
            LaFigure f = figures.get(i);
            versions[i] = CATALOGUE;
            settings[i] = f.otherSettings() == null ? SETTINGS : f.otherSettings();
            usable[i] = !f.suppressed() && f.value() != null;
            values[i] = f.value() == null ? 0 : f.value();
            polarities[i] = cell.polarity().column();
        }
        CellRollup.Outcome outcome = CellRollup.evaluate(versions, settings, usable, values, polarities);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LaFigure f = figures.get(i);
            rows.add(BenchmarkingDataset.row(group, period, cell.indicatorId(), cell.title(), "all", "all", f.la(),
                    f.value(), f.suppressed(), f.suppressed() ? "1 to 4" : null, outcome, i, cell.england(),
                    cell.englandYear(), cell.unit().label(), cell.polarity().column(), settings[i], CATALOGUE));
        }
        return rows;
    }

    static void writeBenchmarking(Path benchmarkingDir, String group, LocalDate period, List<Object[]> rows)
            throws IOException {
        Path partition = benchmarkingDir.resolve("group=" + group).resolve("period=" + period);
        Files.createDirectories(partition);
        try (ParquetTableWriter writer = ParquetTableWriter.create(partition.resolve("part-00000.parquet"),
                BenchmarkingDataset.SCHEMA)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
    }

    /** The trend dataset of benchmarking rows (any number of periods), written by the roll-up's own code. */
    static void writeTrend(Path trendDir, String group, List<Object[]> benchmarkingRows) throws IOException {
        Path folder = Files.createDirectories(trendDir.resolve("group=" + group));
        List<TrendPoint> points = benchmarkingRows.stream().map(r -> new TrendPoint(
                new LaPeriod((String) r[6], (LocalDate) r[1]), (String) r[2], (String) r[4], (String) r[5], (Double) r[7],
                (Boolean) r[8], (Double) r[15])).toList();
        BenchmarkingTrendDataset.write(folder.resolve("part-00000.parquet"), group, points);
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
