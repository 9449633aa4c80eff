package uk.chatbatch.rollup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.DatasetProvenance;
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
            ColumnDef.of("group_id", ColumnType.STRING, "The group of LAs benchmarked: a region's name, or la-set- and"
                    + " 8 hex digits of the SHA-256 of the sorted LA codes"),
            ColumnDef.of("period_end", ColumnType.DATE,
                    "The last day of the period the figures are for"),
            ColumnDef.of("indicator_id", ColumnType.STRING,
                    "The indicator's id in the catalogue (e.g. CLA-10)"),
            ColumnDef.of("indicator_title", ColumnType.STRING,
                    "The indicator's title in the catalogue"),
            ColumnDef.of("breakdown", ColumnType.STRING,
                    "The breakdown the row belongs to ('all' for the headline figure)"),
            ColumnDef.of("breakdown_value", ColumnType.STRING,
                    "The value of the breakdown (a code or band), or 'all'"),
            ColumnDef.of("la_code", ColumnType.STRING,
                    "The LA's three-digit DfE code"),
            ColumnDef.of("value", ColumnType.DOUBLE,
                    "The LA's figure as its shareable indicators give it, in the row's unit; empty when suppressed"),
            ColumnDef.of("suppressed", ColumnType.BOOLEAN,
                    "Whether the LA's figure was suppressed as a small number in its shareable indicators"),
            ColumnDef.of("suppression_reason", ColumnType.STRING,
                    "Why the figure was suppressed (e.g. 1 to 4), as the LA's shareable indicators say"),
            ColumnDef.of("compared", ColumnType.BOOLEAN, "Whether the LA's figure has the group's definition (catalogue"
                    + " version and settings) and so is compared"),
            ColumnDef.of("not_compared_reason", ColumnType.STRING,
                    "Why the figure is not compared: its catalogue version or settings beside the group's"),
            ColumnDef.of("group_la_count", ColumnType.INT64,
                    "LAs with a row in the cell (period, indicator, breakdown and value), suppressed ones included"),
            ColumnDef.of("n_las", ColumnType.INT64,
                    "Figures used for the group's statistics: compared, not suppressed, computed and valued"),
            ColumnDef.of("group_mean", ColumnType.DOUBLE,
                    "The mean of the figures used; empty when none is used"),
            ColumnDef.of("group_median", ColumnType.DOUBLE,
                    "The median of the figures used; empty when none is used"),
            ColumnDef.of("group_q1", ColumnType.DOUBLE,
                    "The first quartile of the figures used (linear interpolation, R type 7); empty when none is used"),
            ColumnDef.of("group_q3", ColumnType.DOUBLE,
                    "The third quartile of the figures used (linear interpolation, R type 7); empty when none is used"),
            ColumnDef.of("rank", ColumnType.INT64, "The LA's rank among the figures used, 1 the best by the indicator's"
                    + " polarity, ties sharing the smaller rank; empty when its figure is not used"),
            ColumnDef.of("quartile_band", ColumnType.INT32, "The LA's quartile band by value: 1 at or below Q1 to 4"
                    + " above Q3; empty when its figure is not used"),
            ColumnDef.of("england_value", ColumnType.DOUBLE,
                    "England's figure for the indicator, where the bundled benchmarks have one"),
            ColumnDef.of("england_year", ColumnType.STRING,
                    "The year England's figure is for (e.g. 2024-25)"),
            ColumnDef.of("unit", ColumnType.STRING,
                    "What value measures: count, percent, per 10,000 children or days"),
            ColumnDef.of("polarity", ColumnType.STRING,
                    "How to read a higher value: higher_is_better, lower_is_better, contextual or in_a_band"),
            ColumnDef.of("settings", ColumnType.STRING,
                    "The indicator's settings the LA's run used (e.g. cla_visit_within_weeks=6 (default))"),
            ColumnDef.of("catalogue_version", ColumnType.STRING,
                    "The indicator catalogue's version the LA's run used")));

    /** One period's file's footer: the group, the period and the LAs whose shareable indicators it holds. */
    public static Map<String, String> footer(Group group, LocalDate period, List<IndicatorPartition> partitions) {
        return DatasetProvenance.rollupFooter(SCHEMA, group.id(),
                partitions.stream().map(p -> p.key().laCode()).toList(), Optional.of(period));
    }

    /** The Arrow IPC copy's schema metadata: as a period's footer, for every period, so without a period end. */
    public static Map<String, String> footer(Group group, Collection<String> laCodes) {
        return DatasetProvenance.rollupFooter(SCHEMA, group.id(), laCodes, Optional.empty());
    }

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
