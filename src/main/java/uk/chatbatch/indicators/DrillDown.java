package uk.chatbatch.indicators;

import java.util.function.Function;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/**
 * How the {@link Shapes} show one item of any type in the drill-down: the child and the source row it came from,
 * flagged as in the numerator or the denominator.
 */
@FunctionalInterface
public interface DrillDown<T> {

    CountedRecord row(T item, boolean inNumerator, boolean inDenominator);

    /** An Annex A record is its own drill-down row. */
    static DrillDown<TableRecord> annexA() {
        return CountedRecord::of;
    }

    /** An item of an SSDA903 indicator (a child, a period of care) shown by the return row it came from. */
    static <T> DrillDown<T> ssda903(Function<T, TableRecord> row) {
        return (item, inNumerator, inDenominator) -> ssda903Row(row.apply(item), inNumerator, inDenominator);
    }

    /** The drill-down row for an SSDA903 row: the child, "SSDA903 Episodes", and the file, table and year, row. */
    static CountedRecord ssda903Row(TableRecord row, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(row.childId(), CountedRecord.label(row.table()),
                Origin.inSheet(row.source().file(), CountedRecord.label(row.table(), row.collectionYear()),
                        row.source().row()),
                inNumerator, inDenominator);
    }
}
