package uk.chatbatch.model.table;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.Quarantined;

/**
 * A record of a source's table that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param sourceTable the table it would have been a row of
 * @param rawValues   the values as found, in the table's column order ("" where absent; internal output only)
 * @param issues      the issues that sent it here, and any others found in the same record
 */
public record QuarantinedRecord(SourceTable sourceTable, Origin source, List<String> rawValues, List<Issue> issues)
        implements Quarantined {

    public QuarantinedRecord {
        rawValues = List.copyOf(rawValues);
        issues = List.copyOf(issues);
    }

    @Override
    public String file() {
        return source.file();
    }

    /** Its place among the children ("child 2, CINdetails 1"), or its collection year, or "". */
    @Override
    public String place() {
        return source.place();
    }

    @Override
    public String table() {
        return sourceTable.label();
    }

    /** The CSV row or XML line. */
    @Override
    public int row() {
        return source.row();
    }

    @Override
    public List<String> columns() {
        return sourceTable.headers();
    }
}
