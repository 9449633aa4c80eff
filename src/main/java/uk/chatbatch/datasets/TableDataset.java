package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Field;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.PartialDate;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.model.table.SourceTable;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.output.TableSchema;

/**
 * The clean rows of one source table as a dataset ({@link SourceTable#dataset()}): run columns, the row's
 * collection year and where it came from, then the table's fields in column order under their snake_case names.
 *
 * <p>The year and origin columns are the ones each source's readers have always written:
 * <ul>
 *   <li>Annex A: {@code source_file}, {@code source_sheet} (the workbook sheet; empty for CSV) and
 *       {@code source_row} (the row number as a spreadsheet shows it; CSV: the line), no year: a list is one
 *       period's;</li>
 *   <li>SSDA903: {@code collection_year} ("2017-18", empty when unknown), {@code source_file},
 *       {@code source_row} (CSV line with the header as 1, or XML line);</li>
 *   <li>CIN census: {@code census_year} (the census end year its header gives, null when none),
 *       {@code source_file}, {@code source_line} (the XML line of the record's element) and
 *       {@code source_location} ("child 3, CINdetails 2": positions, not identifiers).</li>
 * </ul>
 * A PARTIAL_DATE field (PrevPerm's DATE_PERM) becomes five columns, stated plainly: the value as sent
 * ("ZZ/05/2021"), then {@code _day}, {@code _month}, {@code _year}, the known parts (empty where ZZ), and
 * {@code _date}, the date only when every part is known.
 */
public final class TableDataset {

    private TableDataset() {
    }

    /** Built once per table: Annex A's ingest asks for its list's schema as each list starts. */
    private static final Map<SourceTable, TableSchema> SCHEMAS = new ConcurrentHashMap<>();

    public static TableSchema schema(SourceTable table) {
        TableSchema schema = SCHEMAS.get(table); // asked for every row written: no lock once built
        return schema != null ? schema : SCHEMAS.computeIfAbsent(table, TableDataset::build);
    }

    private static TableSchema build(SourceTable table) {
        List<ColumnDef> columns = new ArrayList<>(List.of(CommonColumns.LA_CODE, CommonColumns.PERIOD_END));
        columns.addAll(originColumns(table.source()));
        String codeNote = table.source() == Source.CIN_CENSUS ? " (a code of the census's list)"
                : " (a code of the return's list)";
        for (Field field : table.fields()) {
            if (table.source() == Source.ANNEX_A) {
                columns.add(annexAColumn(field));
                continue;
            }
            String what = table.source().label() + " " + field.element();
            if (field.type() == ValueType.PARTIAL_DATE) {
                columns.add(ColumnDef.of(field.column(), ColumnType.STRING, what + " as given (a date that may be partial)"));
                columns.add(ColumnDef.of(field.column() + "_day", ColumnType.INT32, "The day of " + what + ", where given"));
                columns.add(ColumnDef.of(field.column() + "_month", ColumnType.INT32, "The month of " + what + ", where given"));
                columns.add(ColumnDef.of(field.column() + "_year", ColumnType.INT32, "The year of " + what + ", where given"));
                columns.add(ColumnDef.of(field.column() + "_date", ColumnType.DATE, what + " as a date, where complete"));
            } else {
                columns.add(ColumnDef.of(field.column(), field.type().columnType(),
                        what + (field.codeList().isPresent() ? codeNote : "")));
            }
        }
        return new TableSchema(table.dataset(), columns);
    }

    public static Object[] toRow(TableRecord record, LaPeriod key) {
        SourceTable table = record.table();
        Origin source = record.source();
        // straight into an array of the schema's width: the ingest writes every clean row through here
        Object[] row = new Object[schema(table).columnCount()];
        int at = 0;
        row[at++] = key.laCode();
        row[at++] = key.periodEnd();
        if (table.source() == Source.ANNEX_A) {
            row[at++] = source.file();
            row[at++] = source.location();
            row[at++] = source.row();
        } else if (table.source() == Source.CIN_CENSUS) {
            row[at++] = source.collectionYear().map(CollectionYear::endYear).orElse(null);
            row[at++] = source.file();
            row[at++] = source.row();
            row[at++] = source.location();
        } else {
            row[at++] = source.collectionYear().map(CollectionYear::label).orElse(null);
            row[at++] = source.file();
            row[at++] = source.row();
        }
        List<? extends Field> fields = table.fields();
        for (int i = 0; i < fields.size(); i++) {
            Object value = record.value(i);
            if (fields.get(i).type() == ValueType.PARTIAL_DATE) {
                PartialDate date = (PartialDate) value;
                if (date != null) {
                    row[at] = date.text();
                    row[at + 1] = date.day().orElse(null);
                    row[at + 2] = date.month().orElse(null);
                    row[at + 3] = date.year().orElse(null);
                    row[at + 4] = date.date().orElse(null);
                }
                at += 5;
            } else {
                row[at++] = value;
            }
        }
        return row;
    }

    public static TableRecord fromRow(SourceTable table, Object[] row) {
        Origin source;
        int at;
        if (table.source() == Source.ANNEX_A) {
            source = Origin.inSheet((String) row[2], (String) row[3], (Integer) row[4]);
            at = 5;
        } else if (table.source() == Source.CIN_CENSUS) {
            Optional<CollectionYear> year = Optional.ofNullable((Integer) row[2]).map(CollectionYear::endingIn);
            source = new Origin((String) row[3], (Integer) row[4], year, (String) row[5]);
            at = 6;
        } else {
            Optional<CollectionYear> year = Optional.ofNullable((String) row[2]).map(CollectionYear::parse);
            source = new Origin((String) row[3], (Integer) row[4], year);
            at = 5;
        }
        TableRecord.Builder builder = TableRecord.builder(table, source);
        for (int i = 0; i < table.fields().size(); i++) {
            if (table.fields().get(i).type() == ValueType.PARTIAL_DATE) {
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

    /** An Annex A field's column: described by its template header, with its unit where it has one. */
    private static ColumnDef annexAColumn(Field field) {
        return ColumnDef.of(field.column(), field.type().columnType(), "Annex A: " + field.element()
                + (field.codeList().isPresent() ? " (a code of the template's list)" : "")
                + (field.identifiesChild() ? "; can identify a person, internal only" : ""))
                .inUnit(switch (field.type()) {
                    case AGE -> "years";
                    case INTEGER -> "count";
                    default -> "";
                });
    }

    private static List<ColumnDef> originColumns(Source source) {
        if (source == Source.ANNEX_A) {
            return List.of(
                    ColumnDef.key("source_file", ColumnType.STRING, "The input file the row was read from"),
                    ColumnDef.of("source_sheet", ColumnType.STRING, "The workbook sheet the row was on"),
                    ColumnDef.key("source_row", ColumnType.INT32,
                            "The row number as a spreadsheet shows it (CSV: the line)").inUnit("row number"));
        }
        if (source == Source.CIN_CENSUS) {
            return List.of(
                    ColumnDef.of("census_year", ColumnType.INT32, "The census (end) year the file's header gives"),
                    ColumnDef.key("source_file", ColumnType.STRING, "The census file the record was read from"),
                    ColumnDef.key("source_line", ColumnType.INT32, "The XML line of the record's element")
                            .inUnit("line number"),
                    ColumnDef.key("source_location", ColumnType.STRING,
                            "The record's place among the children, such as \"child 3, CINdetails 2\": positions, never identifiers"));
        }
        return List.of(
                ColumnDef.of("collection_year", ColumnType.STRING,
                        "The return's collection year, such as 2025-26, where the file or folder says it"),
                ColumnDef.key("source_file", ColumnType.STRING, "The input file the row was read from"),
                ColumnDef.key("source_row", ColumnType.INT32,
                        "The CSV line of the row (XML: the record's number)").inUnit("row number"));
    }
}
