package uk.chatbatch.rollup;

import java.util.List;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The {@code benchmarking} dataset: one row per LA and cell (period, indicator, breakdown, breakdown value) with
 * the group's count, mean, median and quartiles and the LA's rank and quartile band (ROLLUP-SPEC.md). Written under
 * {@code <out>/benchmarking/group=<group_id>/period=<yyyy-MM-dd>/part-00000.parquet}.
 */
public final class BenchmarkingDataset {

    public static final String NAME = "benchmarking";
    /** The Arrow IPC copy of every period's rows, beside the period folders. */
    public static final String ARROW_FILE = "benchmarking.arrow";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("group_id", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("indicator_id", ColumnType.STRING),
            new ColumnDef("indicator_title", ColumnType.STRING),
            new ColumnDef("breakdown", ColumnType.STRING),
            new ColumnDef("breakdown_value", ColumnType.STRING),
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("value", ColumnType.DOUBLE),
            new ColumnDef("suppressed", ColumnType.BOOLEAN),
            new ColumnDef("suppression_reason", ColumnType.STRING),
            new ColumnDef("compared", ColumnType.BOOLEAN),
            new ColumnDef("not_compared_reason", ColumnType.STRING),
            new ColumnDef("group_la_count", ColumnType.INT64),
            new ColumnDef("n_las", ColumnType.INT64),
            new ColumnDef("group_mean", ColumnType.DOUBLE),
            new ColumnDef("group_median", ColumnType.DOUBLE),
            new ColumnDef("group_q1", ColumnType.DOUBLE),
            new ColumnDef("group_q3", ColumnType.DOUBLE),
            new ColumnDef("rank", ColumnType.INT64),
            new ColumnDef("quartile_band", ColumnType.INT32),
            new ColumnDef("england_value", ColumnType.DOUBLE),
            new ColumnDef("england_year", ColumnType.STRING),
            new ColumnDef("unit", ColumnType.STRING),
            new ColumnDef("polarity", ColumnType.STRING),
            new ColumnDef("settings", ColumnType.STRING),
            new ColumnDef("catalogue_version", ColumnType.STRING)));

    private BenchmarkingDataset() {
    }

    /**
     * One output row: the LA's own columns from its shareable row and the cell's figures from the roll-up.
     *
     * @param row the cell's row index in {@code cell}
     */
    public static Object[] row(String groupId, java.time.LocalDate period, String indicatorId, String title,
                               String breakdown, String breakdownValue, String laCode, Double value, Boolean suppressed,
                               String suppressionReason, CellRollup.Outcome cell, int row, Double englandValue,
                               String englandYear, String unit, String polarity, String settings,
                               String catalogueVersion) {
        boolean ranked = cell.rank()[row] > 0;
        return new Object[] {groupId, period, indicatorId, title, breakdown, breakdownValue, laCode, value, suppressed,
                suppressionReason, cell.compared()[row], cell.notComparedReason()[row], (long) cell.laCount(),
                (long) cell.used(), cell.mean(), cell.median(), cell.q1(), cell.q3(),
                ranked ? cell.rank()[row] : null, ranked ? cell.band()[row] : null, englandValue, englandYear, unit,
                polarity, settings, catalogueVersion};
    }
}
