package uk.chatbatch.output;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.chatbatch.model.ColumnType;

/**
 * One column of a dataset. Names are snake_case because they are a published contract: Power BI,
 * DuckDB, pandas, R and Spark users type them, and some of those tools fold or reject other case.
 *
 * <p>A key column ({@link #key()}) is REQUIRED in the Parquet schema: the writer refuses a row without
 * it. Every other column is OPTIONAL; a missing value is stored as null, never as a sentinel. The
 * description and unit travel in each file's footer ({@link DatasetProvenance}), so a reader learns
 * what a column means from the file itself.
 *
 * @param required    part of the dataset's key: never null
 * @param description what the column holds, one sentence; empty only for ad hoc tables in tests
 * @param unit        what a number counts or measures ("children", "days"); empty where it is not a number
 */
public record ColumnDef(String name, ColumnType type, boolean required, String description, String unit) {

    static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public ColumnDef {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "column type for " + name);
        if (!SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("Column name '" + name
                    + "' is not snake_case: use a lower-case letter then lower-case letters, digits or '_'");
        }
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
    }

    /** An OPTIONAL column without a description: for tables that never leave a test. */
    public ColumnDef(String name, ColumnType type) {
        this(name, type, false, "", "");
    }

    /** An OPTIONAL column. */
    public static ColumnDef of(String name, ColumnType type, String description) {
        return new ColumnDef(name, type, false, description, "");
    }

    /** A key column: REQUIRED in the file, never null. */
    public static ColumnDef key(String name, ColumnType type, String description) {
        return new ColumnDef(name, type, true, description, "");
    }

    public ColumnDef described(String newDescription) {
        return new ColumnDef(name, type, required, newDescription, unit);
    }

    public ColumnDef inUnit(String newUnit) {
        return new ColumnDef(name, type, required, description, newUnit);
    }

    /** The same column made part of the key. */
    public ColumnDef asKey() {
        return new ColumnDef(name, type, true, description, unit);
    }

    /** The same column holding another type (a pseudonymised or coarsened copy). */
    public ColumnDef withType(ColumnType newType) {
        return new ColumnDef(name, newType, required, description, unit);
    }

    public Optional<String> unitIfAny() {
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }
}
