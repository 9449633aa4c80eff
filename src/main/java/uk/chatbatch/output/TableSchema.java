package uk.chatbatch.output;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The name and ordered columns of a dataset. A row is an {@code Object[]} in this column order,
 * which keeps writing cheap (no per-row maps) while the schema carries the names.
 *
 * @param name    the dataset name, snake_case like the columns (it becomes the Parquet message name)
 * @param columns at least one column, names unique
 */
public record TableSchema(String name, List<ColumnDef> columns) {

    public TableSchema {
        Objects.requireNonNull(name, "table name");
        if (!ColumnDef.SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("Table name '" + name
                    + "' is not snake_case: use a lower-case letter then lower-case letters, digits or '_'");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table '" + name + "' has no columns");
        }
        Set<String> seen = new HashSet<>();
        for (ColumnDef column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("Table '" + name + "' has column '" + column.name() + "' twice");
            }
        }
    }

    public static TableSchema of(String name, ColumnDef... columns) {
        return new TableSchema(name, List.of(columns));
    }

    public int columnCount() {
        return columns.size();
    }

    /** The names of the REQUIRED columns, in column order: together they identify a row. */
    public List<String> keyColumns() {
        return columns.stream().filter(ColumnDef::required).map(ColumnDef::name).toList();
    }

    /** Position of the named column in a row; throws if there is no such column. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Table '" + name + "' has no column '" + columnName + "'");
    }
}
