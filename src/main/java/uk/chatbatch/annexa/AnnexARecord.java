package uk.chatbatch.annexa;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One clean row of an Annex A list: typed values in the list's column order, and where it came from.
 * Values are String (ID, TEXT, CODE, POSTCODE), LocalDate (DATE) or Integer (INTEGER, AGE); an empty
 * or rejected cell is null.
 */
public final class AnnexARecord {

    private final AnnexAList list;
    private final SourceRow source;
    private final Object[] values;

    public AnnexARecord(AnnexAList list, SourceRow source, Object[] values) {
        if (values.length != list.columns().size()) {
            throw new IllegalArgumentException(list.label() + " has " + list.columns().size() + " columns, got "
                    + values.length + " values");
        }
        this.list = list;
        this.source = Objects.requireNonNull(source, "source");
        this.values = values.clone();
    }

    public AnnexAList list() {
        return list;
    }

    public SourceRow source() {
        return source;
    }

    /** The child's identifier (the adopter's in List 11). */
    public String personId() {
        return text(list.identifier());
    }

    public Object value(int columnIndex) {
        return values[columnIndex];
    }

    public Object value(Field field) {
        return values[list.indexOf(field)];
    }

    public LocalDate date(Field field) {
        return (LocalDate) value(field);
    }

    public Integer integer(Field field) {
        return (Integer) value(field);
    }

    /** Text, identifier, postcode or code value. */
    public String text(Field field) {
        return (String) value(field);
    }

    /** Whether a coded field holds the given canonical code. */
    public boolean is(Field field, String code) {
        return code.equals(value(field));
    }

    public static Builder builder(AnnexAList list, SourceRow source) {
        return new Builder(list, source);
    }

    /** Builds a record field by field; fields not set are null. Used by readers, tests and the generator. */
    public static final class Builder {
        private final AnnexAList list;
        private final SourceRow source;
        private final Object[] values;

        private Builder(AnnexAList list, SourceRow source) {
            this.list = list;
            this.source = source;
            this.values = new Object[list.columns().size()];
        }

        public Builder set(Field field, Object value) {
            values[list.indexOf(field)] = value;
            return this;
        }

        public Builder set(int columnIndex, Object value) {
            values[columnIndex] = value;
            return this;
        }

        public AnnexARecord build() {
            return new AnnexARecord(list, source, values);
        }
    }

    @Override
    public String toString() {
        return list.label() + " " + source + " " + Arrays.toString(values);
    }
}
