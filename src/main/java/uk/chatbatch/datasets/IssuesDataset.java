package uk.chatbatch.datasets;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/** Every issue found, located by file, sheet, row (as Excel numbers it) and column; raw values masked. */
public final class IssuesDataset {

    public static final String NAME = "issues";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("file", ColumnType.STRING,
                    "The input file the issue was found in"),
            ColumnDef.of("sheet", ColumnType.STRING,
                    "The sheet of a workbook; empty for CSV and XML input and for file-level issues"),
            ColumnDef.of("list", ColumnType.STRING,
                    "The Annex A list, SSDA903 table or CIN census table"),
            ColumnDef.of("row_number", ColumnType.INT32,
                    "The row as a spreadsheet numbers it; 0 for an issue about a whole file or list").inUnit("row number"),
            ColumnDef.of("column", ColumnType.STRING,
                    "The column (header as given) the issue is about; empty for a whole row"),
            ColumnDef.of("raw_value", ColumnType.STRING,
                    "The cell's value, masked where it could identify a child"),
            ColumnDef.key("issue_code", ColumnType.STRING,
                    "The issue's code (see the issue-codes document)"),
            ColumnDef.of("severity", ColumnType.STRING,
                    "error (the row or value was not used) or warning (used, but worth a look)"),
            ColumnDef.of("message", ColumnType.STRING,
                    "What is wrong and what would be accepted, one sentence")));

    private IssuesDataset() {
    }

    public static Object[] toRow(Issue issue, LaPeriod key) {
        return new Object[] {key.laCode(), key.periodEnd(), issue.file(), issue.sheet(), issue.list(), issue.row(),
                issue.column(), issue.rawValue(), issue.code().column(), issue.severity().column(), issue.message()};
    }

    public static Issue fromRow(Object[] row) {
        return new Issue((String) row[2], (String) row[3], (String) row[4], (Integer) row[5], (String) row[6],
                (String) row[7], IssueCode.valueOf(((String) row[8]).toUpperCase(java.util.Locale.ROOT)),
                (String) row[10]);
    }
}
