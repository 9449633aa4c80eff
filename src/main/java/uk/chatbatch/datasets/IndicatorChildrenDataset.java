package uk.chatbatch.datasets;

import java.util.List;
import java.util.Set;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The drill-down behind every figure (internal output: it names children): for each indicator, each
 * record it looked at, whether it is in the numerator and the denominator, and the row it came from.
 */
public final class IndicatorChildrenDataset {

    public static final String NAME = "indicator_children";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("indicator_id", ColumnType.STRING,
                    "The indicator's id in the catalogue"),
            ColumnDef.of("child_id", ColumnType.STRING,
                    "The child's identifier as given in the input (internal only)"),
            ColumnDef.of("in_numerator", ColumnType.BOOLEAN,
                    "Whether the record counts in the indicator's numerator"),
            ColumnDef.of("in_denominator", ColumnType.BOOLEAN,
                    "Whether the record counts in the indicator's denominator"),
            ColumnDef.key("list", ColumnType.STRING,
                    "The Annex A list or return table the record came from"),
            ColumnDef.key("source_file", ColumnType.STRING,
                    "The input file the record came from"),
            ColumnDef.of("source_sheet", ColumnType.STRING,
                    "The sheet of a workbook the record was on; empty for CSV and XML input"),
            ColumnDef.key("source_row", ColumnType.INT32,
                    "The row the record came from, as a spreadsheet numbers it").inUnit("row number")));

    /**
     * The columns whose min/max statistics are written: what a reader of the drill-down filters on (an LA, a period,
     * an indicator). The other columns' statistics would be ranges no filter can use (every part spans nearly every
     * child, row and list) and were about a quarter of the CPU of writing its millions of rows.
     */
    public static final Set<String> FILTER_COLUMNS = Set.of("la_code", "period_end", "indicator_id");

    private IndicatorChildrenDataset() {
    }

    public static Object[] toRow(String indicatorId, CountedRecord r, LaPeriod key) {
        return fill(new Object[SCHEMA.columnCount()], indicatorId, r, key);
    }

    /**
     * Puts the record's row into {@code row} and returns it: a writer of millions of rows fills one array again and
     * again rather than making one per row.
     */
    public static Object[] fill(Object[] row, String indicatorId, CountedRecord r, LaPeriod key) {
        row[0] = key.laCode();
        row[1] = key.periodEnd();
        row[2] = indicatorId;
        row[3] = r.childId();
        row[4] = r.inNumerator();
        row[5] = r.inDenominator();
        row[6] = r.list();
        row[7] = r.source().file();
        row[8] = r.source().location();
        row[9] = r.source().row();
        return row;
    }
}
