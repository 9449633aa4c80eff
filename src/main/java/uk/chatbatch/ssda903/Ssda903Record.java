package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.PartialDate;

import uk.chatbatch.model.table.CollectionYear;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One clean row of an SSDA903 table: typed values in the table's column order, and where it came
 * from. Values are String (ID, TEXT, CODE, POSTCODE), LocalDate (DATE), Integer (INTEGER) or
 * {@link PartialDate} (PARTIAL_DATE); an empty or rejected value is null.
 */
public final class Ssda903Record {

    private final Ssda903Table table;
    private final Ssda903Source source;
    private final Object[] values;

    public Ssda903Record(Ssda903Table table, Ssda903Source source, Object[] values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.title() + " has " + table.columns().size() + " columns, got "
                    + values.length + " values");
        }
        this.table = table;
        this.source = Objects.requireNonNull(source, "source");
        this.values = values.clone();
    }

    public Ssda903Table table() {
        return table;
    }

    public Ssda903Source source() {
        return source;
    }

    public Optional<CollectionYear> collectionYear() {
        return source.collectionYear();
    }

    /** The child's identifier (never null in a clean row). */
    public String child() {
        return (String) values[0];
    }

    public Object value(int columnIndex) {
        return values[columnIndex];
    }

    public Object value(Ssda903Field field) {
        return values[table.indexOf(field)];
    }

    public LocalDate date(Ssda903Field field) {
        return (LocalDate) value(field);
    }

    public Integer integer(Ssda903Field field) {
        return (Integer) value(field);
    }

    /** Text, identifier, postcode or code value. */
    public String text(Ssda903Field field) {
        return (String) value(field);
    }

    public PartialDate partialDate(Ssda903Field field) {
        return (PartialDate) value(field);
    }

    /** Whether a coded field holds the given code. */
    public boolean is(Ssda903Field field, String code) {
        return code.equals(value(field));
    }

    public static Builder builder(Ssda903Table table, Ssda903Source source) {
        return new Builder(table, source);
    }

    /** Builds a record field by field; fields not set are null. Used by readers, tests and the generator. */
    public static final class Builder {
        private final Ssda903Table table;
        private final Ssda903Source source;
        private final Object[] values;

        private Builder(Ssda903Table table, Ssda903Source source) {
            this.table = table;
            this.source = source;
            this.values = new Object[table.columns().size()];
        }

        public Builder set(Ssda903Field field, Object value) {
            values[table.indexOf(field)] = value;
            return this;
        }

        public Builder set(int columnIndex, Object value) {
            values[columnIndex] = value;
            return this;
        }

        public Ssda903Record build() {
            return new Ssda903Record(table, source, values);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ssda903Record other && table == other.table && source.equals(other.source)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, source, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return table.title() + " " + source + " " + Arrays.toString(values);
    }
}
