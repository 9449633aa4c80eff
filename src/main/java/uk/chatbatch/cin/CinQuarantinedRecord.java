package uk.chatbatch.cin;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.Quarantined;

/**
 * A record that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param rawValues the values as found, in the table's column order ("" where absent; internal output only)
 * @param issues    the issues that sent it here, and any others found in the same record
 */
public record CinQuarantinedRecord(CinTable cinTable, CinSource source, List<String> rawValues, List<Issue> issues)
        implements Quarantined {

    public CinQuarantinedRecord {
        rawValues = List.copyOf(rawValues);
        issues = List.copyOf(issues);
    }

    @Override
    public String file() {
        return source.file();
    }

    /** Its place among the children ("child 2, CINdetails 1"). */
    @Override
    public String place() {
        return source.location();
    }

    @Override
    public String table() {
        return cinTable.label();
    }

    /** The XML line. */
    @Override
    public int row() {
        return source.line();
    }

    /** The columns' snake_case names. */
    @Override
    public List<String> columns() {
        return cinTable.columns().stream().map(c -> c.field().column()).toList();
    }
}
