package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/** Every issue found, located by file, sheet, row (as Excel numbers it) and column; raw values masked. */
public final class IssuesDataset {

    public static final String NAME = "issues";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("file", ColumnType.STRING),
            new ColumnDef("sheet", ColumnType.STRING),
            new ColumnDef("list", ColumnType.STRING),
            new ColumnDef("row_number", ColumnType.INT32),
            new ColumnDef("column", ColumnType.STRING),
            new ColumnDef("raw_value", ColumnType.STRING),
            new ColumnDef("issue_code", ColumnType.STRING),
            new ColumnDef("severity", ColumnType.STRING),
            new ColumnDef("message", ColumnType.STRING)));

    private IssuesDataset() {
    }

    public static Object[] toRow(Issue issue, String laCode, LocalDate periodEnd) {
        return new Object[] {laCode, periodEnd, issue.file(), issue.sheet(), issue.list(), issue.row(),
                issue.column(), issue.rawValue(), issue.code().column(), issue.severity().column(), issue.message()};
    }

    public static Issue fromRow(Object[] row) {
        return new Issue((String) row[2], (String) row[3], (String) row[4], (Integer) row[5], (String) row[6],
                (String) row[7], IssueCode.valueOf(((String) row[8]).toUpperCase(java.util.Locale.ROOT)),
                (String) row[10]);
    }
}
