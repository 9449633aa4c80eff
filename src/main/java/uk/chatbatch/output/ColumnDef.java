package uk.chatbatch.output;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a dataset. Names are snake_case because they are a published contract: Power BI,
 * DuckDB, pandas, R and Spark users type them, and some of those tools fold or reject other case.
 * Every column is nullable; a missing value is stored as null, never as a sentinel.
 */
public record ColumnDef(String name, ColumnType type) {

    static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public ColumnDef {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "column type for " + name);
        if (!SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("Column name '" + name
                    + "' is not snake_case: use a lower-case letter then lower-case letters, digits or '_'");
        }
    }
}
