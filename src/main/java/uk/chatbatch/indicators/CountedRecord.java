package uk.chatbatch.indicators;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.SourceTable;
import uk.chatbatch.model.table.TableRecord;

/**
 * One record an indicator looked at, for the drill-down: which child (or adopter), which row it came
 * from, and whether it is in the numerator and the denominator. For a count, the counted records are
 * in the numerator and there is no denominator.
 */
public record CountedRecord(String childId, String list, Origin source, boolean inNumerator,
                            boolean inDenominator) {

    /**
     * Each table's label (and each table and year's), made once and shared by every drill-down row: a table's
     * {@code label()} builds a new String on each call, and a 96,000-child LA's drill-down has 2.2 million rows.
     * Shared, they are fewer live objects for the collector and the Parquet writer encodes each once per column.
     */
    private static final ConcurrentMap<Object, String> LABELS = new ConcurrentHashMap<>();

    private record TableYear(SourceTable table, Optional<CollectionYear> year) {
    }

    public static CountedRecord of(TableRecord record, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(record.childId(), label(record.table()), record.source(), inNumerator,
                inDenominator);
    }

    /** The table's {@link SourceTable#label()}, the same String each time. */
    public static String label(SourceTable table) {
        String label = LABELS.get(table);
        return label != null ? label : LABELS.computeIfAbsent(table, t -> table.label());
    }

    /** The table's {@link SourceTable#label(Optional)} for the year, the same String each time. */
    public static String label(SourceTable table, Optional<CollectionYear> year) {
        TableYear key = new TableYear(table, year);
        String label = LABELS.get(key);
        return label != null ? label : LABELS.computeIfAbsent(key, k -> table.label(year));
    }
}
