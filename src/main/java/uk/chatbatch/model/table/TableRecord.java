package uk.chatbatch.model.table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One clean row of a source's table (an Annex A list, an SSDA903 table, a CIN census table): typed values in the
 * table's column order, and where it came from. A value is the Java type its field's
 * {@link uk.chatbatch.model.ValueType} becomes: String (ID, TEXT, CODE, POSTCODE, UPN), LocalDate (DATE), Integer
 * (INTEGER, AGE, POSITION), Boolean (YES_NO) or {@link PartialDate} (PARTIAL_DATE); an absent or rejected value is
 * null.
 */
public final class TableRecord {

    private final SourceTable table;
    private final Origin source;
    private final Object[] values;
    /** Its hash, worked out on first use (0 until then): sets of records hash each record many times. */
    private int hash;

    public TableRecord(SourceTable table, Origin source, Object[] values) {
        if (values.length != table.fields().size()) {
            throw new IllegalArgumentException(table.label() + " has " + table.fields().size() + " columns, got "
                    + values.length + " values");
        }
        this.table = table;
        this.source = Objects.requireNonNull(source, "source");
        this.values = values.clone();
    }

    public SourceTable table() {
        return table;
    }

    public Origin source() {
        return source;
    }

    public Optional<CollectionYear> collectionYear() {
        return source.collectionYear();
    }

    /**
     * The value of the table's {@link SourceTable#identifier() identifier}: the child's, or the adopter's in Annex A
     * List 11. Never null in a row read from a file (a row without one is quarantined).
     */
    public String childId() {
        return (String) value(table.identifier());
    }

    public Object value(int columnIndex) {
        return values[columnIndex];
    }

    public Object value(Field field) {
        return values[table.indexOf(field)];
    }

    public LocalDate date(Field field) {
        return (LocalDate) value(field);
    }

    /** Text, identifier, postcode or code value. */
    public String text(Field field) {
        return (String) value(field);
    }

    public Integer integer(Field field) {
        return (Integer) value(field);
    }

    public Boolean yesNo(Field field) {
        return (Boolean) value(field);
    }

    public PartialDate partialDate(Field field) {
        return (PartialDate) value(field);
    }

    /** Whether a coded field holds the given code. */
    public boolean is(Field field, String code) {
        return code.equals(value(field));
    }

    public static Builder builder(SourceTable table, Origin source) {
        return new Builder(table, source);
    }

    /** Builds a record field by field; fields not set are null. Used by readers, tests and the generators. */
    public static final class Builder {
        private final SourceTable table;
        private final Origin source;
        private final Object[] values;

        private Builder(SourceTable table, Origin source) {
            this.table = table;
            this.source = source;
            this.values = new Object[table.fields().size()];
        }

        public Builder set(Field field, Object value) {
            values[table.indexOf(field)] = value;
            return this;
        }

        public Builder set(int columnIndex, Object value) {
            values[columnIndex] = value;
            return this;
        }

        public TableRecord build() {
            return new TableRecord(table, source, values);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TableRecord other && table == other.table && source.equals(other.source)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            // the values are immutable (strings, dates, numbers, partial dates), so the hash never changes
            h = Objects.hash(table, source, Arrays.hashCode(values));
            hash = h;
        }
        return h;
    }

    /** Names the table and place only: the values can identify a child. */
    @Override
    public String toString() {
        return table.label() + " " + source;
    }
}
