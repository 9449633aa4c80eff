package uk.chatbatch.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The clean rows of one CIN census table as a dataset named {@code cin_<table>}: run columns, the
 * census year and where each row came from, then the table's columns under their snake_case names
 * (see {@link CinField#column()}).
 *
 * <p>Leading columns: la_code, period_end (the run's), census_year (the file's census end year, null
 * when its header gives none), source_file, source_line (the XML line of the row's element) and
 * source_location ("child 3, CINdetails 2": positions, not identifiers).
 */
public final class CinTableDataset {

    private static final int LEADING = 6;

    private CinTableDataset() {
    }

    public static TableSchema schema(CinTable table) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                CommonColumns.LA_CODE,
                CommonColumns.PERIOD_END,
                ColumnDef.of("census_year", ColumnType.INT32, "The census (end) year the file's header gives"),
                ColumnDef.key("source_file", ColumnType.STRING, "The census file the record was read from"),
                ColumnDef.key("source_line", ColumnType.INT32, "The XML line of the record's element")
                        .inUnit("line number"),
                ColumnDef.key("source_location", ColumnType.STRING,
                        "The record's place among the children, such as \"child 3, CINdetails 2\": positions, never identifiers")));
        for (CinTable.Column column : table.columns()) {
            CinField field = column.field();
            columns.add(ColumnDef.of(field.column(), typeOf(field), "CIN census " + field.element()
                    + (field.codeList() != null ? " (a code of the census's list)" : "")));
        }
        return new TableSchema(table.dataset(), columns);
    }

    public static Object[] toRow(CinRecord record, String laCode, LocalDate periodEnd) {
        CinTable table = record.table();
        CinSource source = record.source();
        Object[] row = new Object[LEADING + table.columns().size()];
        row[0] = laCode;
        row[1] = periodEnd;
        row[2] = source.censusYear().isPresent() ? source.censusYear().getAsInt() : null;
        row[3] = source.file();
        row[4] = source.line();
        row[5] = source.location();
        for (int i = 0; i < table.columns().size(); i++) {
            row[LEADING + i] = record.value(i);
        }
        return row;
    }

    public static CinRecord fromRow(CinTable table, Object[] row) {
        Integer year = (Integer) row[2];
        CinSource source = new CinSource((String) row[3], year == null ? OptionalInt.empty() : OptionalInt.of(year),
                (Integer) row[4], (String) row[5]);
        Object[] values = new Object[table.columns().size()];
        System.arraycopy(row, LEADING, values, 0, values.length);
        return new CinRecord(table, source, values);
    }

    static ColumnType typeOf(CinField field) {
        return field.type().columnType();
    }
}
