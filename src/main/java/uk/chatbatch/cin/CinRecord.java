package uk.chatbatch.cin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One clean row of a CIN census table: typed values in the table's column order, and where it came
 * from. Values are String (ID, UPN, CODE), LocalDate (DATE), Boolean (YES_NO) or Integer (INTEGER,
 * POSITION); an absent or rejected value is null.
 */
public final class CinRecord {

    private final CinTable table;
    private final CinSource source;
    private final Object[] values;

    public CinRecord(CinTable table, CinSource source, Object[] values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.label() + " has " + table.columns().size() + " columns, got "
                    + values.length + " values");
        }
        this.table = table;
        this.source = Objects.requireNonNull(source, "source");
        this.values = values.clone();
    }

    public CinTable table() {
        return table;
    }

    public CinSource source() {
        return source;
    }

    public String childId() {
        return text(CinField.LA_CHILD_ID);
    }

    public Object value(int columnIndex) {
        return values[columnIndex];
    }

    public Object value(CinField field) {
        return values[table.indexOf(field)];
    }

    public LocalDate date(CinField field) {
        return (LocalDate) value(field);
    }

    public String text(CinField field) {
        return (String) value(field);
    }

    public Integer integer(CinField field) {
        return (Integer) value(field);
    }

    public Boolean yesNo(CinField field) {
        return (Boolean) value(field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CinRecord other && table == other.table && source.equals(other.source)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, source, Arrays.hashCode(values));
    }

    /** Names the table and place only: the values can identify a child. */
    @Override
    public String toString() {
        return table.label() + " " + source;
    }
}
