package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The drill-down behind every figure (internal output: it names children): for each indicator, each
 * record it looked at, whether it is in the numerator and the denominator, and the row it came from.
 */
public final class IndicatorChildrenDataset {

    public static final String NAME = "indicator_children";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("indicator_id", ColumnType.STRING),
            new ColumnDef("child_id", ColumnType.STRING),
            new ColumnDef("in_numerator", ColumnType.BOOLEAN),
            new ColumnDef("in_denominator", ColumnType.BOOLEAN),
            new ColumnDef("list", ColumnType.STRING),
            new ColumnDef("source_file", ColumnType.STRING),
            new ColumnDef("source_sheet", ColumnType.STRING),
            new ColumnDef("source_row", ColumnType.INT32)));

    private IndicatorChildrenDataset() {
    }

    public static Object[] toRow(String indicatorId, CountedRecord r, String laCode, LocalDate periodEnd) {
        return new Object[] {laCode, periodEnd, indicatorId, r.personId(), r.inNumerator(), r.inDenominator(), r.list(),
                r.source().file(), r.source().sheet(), r.source().row()};
    }
}
