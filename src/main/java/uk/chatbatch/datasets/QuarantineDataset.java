package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.QuarantinedRow;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * Rows that could not be used, with their reasons and their cells as found (internal output: raw
 * values can identify a child). raw_values reads "Header: value | Header: value ...".
 */
public final class QuarantineDataset {

    public static final String NAME = "quarantine";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("source_file", ColumnType.STRING),
            new ColumnDef("source_sheet", ColumnType.STRING),
            new ColumnDef("list", ColumnType.STRING),
            new ColumnDef("source_row", ColumnType.INT32),
            new ColumnDef("issue_codes", ColumnType.STRING),
            new ColumnDef("reasons", ColumnType.STRING),
            new ColumnDef("raw_values", ColumnType.STRING)));

    private QuarantineDataset() {
    }

    public static Object[] toRow(QuarantinedRow row, String laCode, LocalDate periodEnd) {
        AnnexAList list = row.list();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < list.columns().size(); i++) {
            if (i > 0) {
                raw.append(" | ");
            }
            raw.append(list.columns().get(i).field().header()).append(": ").append(row.rawValues().get(i));
        }
        return new Object[] {laCode, periodEnd, row.source().file(), row.source().sheet(), list.label(),
                row.source().row(),
                row.issues().stream().map(i -> i.code().column()).collect(Collectors.joining(",")),
                row.issues().stream().map(Issue::message).collect(Collectors.joining(" ")),
                raw.toString()};
    }
}
