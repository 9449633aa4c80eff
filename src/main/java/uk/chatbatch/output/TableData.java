package uk.chatbatch.output;

import java.util.List;
import java.util.Objects;

/**
 * A dataset read back into memory: what tests, the report and cross-period work need from a
 * partition. Rows hold the same Java types the writer accepted (see {@link ColumnType}).
 * Meant for one LA and period at a time, which is small; it is not a streaming API.
 */
public record TableData(TableSchema schema, List<Object[]> rows) {

    public TableData {
        Objects.requireNonNull(schema, "schema");
        rows = List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }

    /** The value in a row (0-based) and named column. */
    public Object value(int row, String column) {
        return rows.get(row)[schema.indexOf(column)];
    }

    /** All values of the named column, in row order; nulls kept. */
    public List<Object> column(String column) {
        int index = schema.indexOf(column);
        return rows.stream().map(r -> r[index]).toList();
    }
}
