package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.PartialDate;

import uk.chatbatch.model.table.CollectionYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The clean rows of one SSDA903 table as a dataset named {@code ssda903_<table>}: run columns,
 * the row's collection year and where it came from, then the table's fields in CSV order under
 * their snake_case names.
 *
 * <p>Columns: {@code la_code}, {@code period_end}, {@code collection_year} ("2017-18", empty when
 * unknown), {@code source_file}, {@code source_row} (CSV line with the header as 1, or XML line),
 * then the fields: dates as DATE, SDQ_SCORE as INT32, everything else as STRING (codes as their
 * code; SEX as M/F/U in every year). PrevPerm's DATE_PERM becomes five columns, stated plainly:
 * {@code date_perm} the value as sent ("ZZ/05/2021"), {@code date_perm_day},
 * {@code date_perm_month}, {@code date_perm_year} the known parts (empty where ZZ), and
 * {@code date_perm_date} the date only when every part is known.
 */
public final class Ssda903Dataset {

    private static final int LEADING = 5;

    private Ssda903Dataset() {
    }

    public static TableSchema schema(Ssda903Table table) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                CommonColumns.LA_CODE,
                CommonColumns.PERIOD_END,
                ColumnDef.of("collection_year", ColumnType.STRING,
                        "The return's collection year, such as 2025-26, where the file or folder says it"),
                ColumnDef.key("source_file", ColumnType.STRING, "The input file the row was read from"),
                ColumnDef.key("source_row", ColumnType.INT32,
                        "The CSV line of the row (XML: the record's number)").inUnit("row number")));
        for (Ssda903Table.Column column : table.columns()) {
            Ssda903Field field = column.field();
            switch (field.type()) {
                case PARTIAL_DATE -> {
                    String what = "SSDA903 " + field.header();
                    columns.add(ColumnDef.of(field.column(), ColumnType.STRING, what + " as given (a date that may be partial)"));
                    columns.add(ColumnDef.of(field.column() + "_day", ColumnType.INT32, "The day of " + what + ", where given"));
                    columns.add(ColumnDef.of(field.column() + "_month", ColumnType.INT32, "The month of " + what + ", where given"));
                    columns.add(ColumnDef.of(field.column() + "_year", ColumnType.INT32, "The year of " + what + ", where given"));
                    columns.add(ColumnDef.of(field.column() + "_date", ColumnType.DATE, what + " as a date, where complete"));
                }
                default -> columns.add(ColumnDef.of(field.column(), field.type().columnType(), "SSDA903 "
                        + field.header() + (field.codeList().isPresent() ? " (a code of the return's list)" : "")));
            }
        }
        return new TableSchema(table.dataset(), columns);
    }

    public static Object[] toRow(Ssda903Record record, String laCode, LocalDate periodEnd) {
        Ssda903Table table = record.table();
        List<Object> row = new ArrayList<>(LEADING + table.columns().size() + 4);
        row.add(laCode);
        row.add(periodEnd);
        row.add(record.collectionYear().map(CollectionYear::label).orElse(null));
        row.add(record.source().file());
        row.add(record.source().row());
        for (int i = 0; i < table.columns().size(); i++) {
            Object value = record.value(i);
            if (table.columns().get(i).field().type() == ValueType.PARTIAL_DATE) {
                PartialDate date = (PartialDate) value;
                row.add(date == null ? null : date.text());
                row.add(date == null ? null : date.day().orElse(null));
                row.add(date == null ? null : date.month().orElse(null));
                row.add(date == null ? null : date.year().orElse(null));
                row.add(date == null ? null : date.date().orElse(null));
            } else {
                row.add(value);
            }
        }
        return row.toArray();
    }

    public static Ssda903Record fromRow(Ssda903Table table, Object[] row) {
        Optional<CollectionYear> year = Optional.ofNullable((String) row[2]).map(CollectionYear::parse);
        Ssda903Record.Builder builder = Ssda903Record.builder(table,
                new Ssda903Source((String) row[3], (Integer) row[4], year));
        int at = LEADING;
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).field().type() == ValueType.PARTIAL_DATE) {
                String text = (String) row[at];
                builder.set(i, text == null ? null : new PartialDate(text, Optional.ofNullable((Integer) row[at + 1]),
                        Optional.ofNullable((Integer) row[at + 2]), Optional.ofNullable((Integer) row[at + 3])));
                at += 5;
            } else {
                builder.set(i, row[at]);
                at++;
            }
        }
        return builder.build();
    }
}
