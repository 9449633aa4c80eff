package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableSchema;

/**
 * The {@code benchmarking_trend} dataset: each LA's value in each cell over its latest 12 periods, the group median
 * beside it; sorted by LA, indicator, breakdown, breakdown value and period. One file per group:
 * {@code <out>/benchmarking_trend/group=<group_id>/part-00000.parquet}.
 */
public final class BenchmarkingTrendDataset {

    public static final String NAME = "benchmarking_trend";
    public static final int PERIODS = 12;

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            shared("group_id"), shared("la_code"), shared("indicator_id"), shared("breakdown"),
            shared("breakdown_value"), shared("period_end"),
            ColumnDef.of("value", ColumnType.DOUBLE,
                    "The LA's figure for the period as its shareable indicators give it; empty when suppressed"),
            shared("suppressed"),
            ColumnDef.of("group_median", ColumnType.DOUBLE, "The group's median in the cell for the period (as the"
                    + " benchmarking dataset's); empty when no figure is used")));

    /** By LA and cell; written out rather than chained, since it sorts every row of the roll-up. */
    private static final Comparator<TrendPoint> LA_CELL = (a, b) -> {
        int c = a.key().laCode().compareTo(b.key().laCode());
        if (c == 0) {
            c = a.indicatorId().compareTo(b.indicatorId());
        }
        if (c == 0) {
            c = a.breakdown().compareTo(b.breakdown());
        }
        return c != 0 ? c : a.breakdownValue().compareTo(b.breakdownValue());
    };
    private static final Comparator<TrendPoint> LA_CELL_LATEST_FIRST = (a, b) -> {
        int c = LA_CELL.compare(a, b);
        return c != 0 ? c : b.key().periodEnd().compareTo(a.key().periodEnd());
    };

    private BenchmarkingTrendDataset() {
    }

    /** The latest {@value #PERIODS} periods of each LA and cell, in the dataset's order. */
    public static List<TrendPoint> latest(List<TrendPoint> points) {
        TrendPoint[] array = points.toArray(new TrendPoint[0]);
        java.util.Arrays.parallelSort(array, LA_CELL_LATEST_FIRST);
        List<TrendPoint> sorted = java.util.Arrays.asList(array);
        List<TrendPoint> kept = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || LA_CELL.compare(sorted.get(i), sorted.get(start)) != 0) {
                List<TrendPoint> run = sorted.subList(start, Math.min(i, start + PERIODS));
                for (int j = run.size() - 1; j >= 0; j--) {
                    kept.add(run.get(j));
                }
                start = i;
            }
        }
        return kept;
    }

    /** A column the trend shares with the benchmarking dataset, described once there. */
    private static ColumnDef shared(String name) {
        return BenchmarkingDataset.SCHEMA.columns().get(BenchmarkingDataset.SCHEMA.indexOf(name));
    }

    /** Writes {@link #latest} of the points to one Parquet file; returns the rows written. */
    public static long write(Path file, String groupId, List<TrendPoint> points) throws IOException {
        List<TrendPoint> kept = latest(points);
        Map<String, String> footer = DatasetProvenance.rollupFooter(SCHEMA, groupId,
                kept.stream().map(p -> p.key().laCode()).toList(), Optional.empty());
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, SCHEMA, footer)) {
            for (TrendPoint p : kept) {
                writer.write(new Object[] {groupId, p.key().laCode(), p.indicatorId(), p.breakdown(),
                        p.breakdownValue(), p.key().periodEnd(), p.value(), p.suppressed(), p.groupMedian()});
            }
            return writer.rowsWritten();
        }
    }
}
