package uk.chatbatch.datasets;

import java.util.List;
import java.util.stream.Collectors;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.Quarantined;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * Rows that could not be used, of every source, with their reasons and their cells as found (internal
 * output: raw values can identify a child). raw_values reads "column: value | column: value ...", with
 * the column names of the source (Annex A's headers, SSDA903's field names, the CIN census's columns).
 */
public final class QuarantineDataset {

    public static final String NAME = "quarantine";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("source_file", ColumnType.STRING,
                    "The input file the row was read from"),
            ColumnDef.of("source_sheet", ColumnType.STRING,
                    "The sheet of a workbook the row was on; empty for CSV and XML input"),
            ColumnDef.key("list", ColumnType.STRING,
                    "The Annex A list, SSDA903 table or CIN census table the row belongs to"),
            ColumnDef.key("source_row", ColumnType.INT32,
                    "The row number as a spreadsheet shows it (CSV: the line; XML: the record number)").inUnit("row number"),
            ColumnDef.of("issue_codes", ColumnType.STRING,
                    "The codes of the issues that quarantined the row, comma separated (see the issue-codes document)"),
            ColumnDef.of("reasons", ColumnType.STRING,
                    "Why the row could not be used, in words"),
            ColumnDef.of("raw_values", ColumnType.STRING,
                    "The row's cells as found, \"column: value | column: value\"; internal only, it can identify a child")));

    private QuarantineDataset() {
    }

    /** A quarantined row or record of any source; a value missing from the end of a short row is "". */
    public static Object[] toRow(Quarantined row, LaPeriod key) {
        List<String> columns = row.columns();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            raw.append(i > 0 ? " | " : "").append(columns.get(i)).append(": ")
                    .append(i < row.rawValues().size() ? row.rawValues().get(i) : "");
        }
        return new Object[] {key.laCode(), key.periodEnd(), row.file(), row.place(), row.table(), row.row(),
                row.issues().stream().map(i -> i.code().column()).collect(Collectors.joining(",")),
                row.issues().stream().map(Issue::message).collect(Collectors.joining(" ")),
                raw.toString()};
    }
}
