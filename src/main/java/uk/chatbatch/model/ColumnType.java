package uk.chatbatch.model;

import java.time.LocalDate;

/**
 * The value types a dataset column can hold, each tied to the one Java class the writers accept
 * and the readers return, so a table's rows mean the same thing on both sides of a Parquet file. Here, with
 * {@link ValueType} (which names the column type each value of a source becomes), so the model needs no writer.
 */
public enum ColumnType {
    STRING(String.class),
    DATE(LocalDate.class),
    INT32(Integer.class),
    INT64(Long.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The only Java class accepted for a non-null value; no widening, so an Integer is not an INT64. */
    public Class<?> javaType() {
        return javaType;
    }

    public boolean accepts(Object value) {
        // instanceof against a constant class, not Class.isInstance: the writers check every value of millions of
        // rows, and with the quick C1 compiler alone (the launcher's) isInstance is a call each time
        return value == null || switch (this) {
            case STRING -> value instanceof String;
            case DATE -> value instanceof LocalDate;
            case INT32 -> value instanceof Integer;
            case INT64 -> value instanceof Long;
            case DOUBLE -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
