package uk.chatbatch.cin;

import java.util.List;
import uk.chatbatch.ingest.Issue;

/**
 * A record that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param rawValues the values as found, in the table's column order ("" where absent; internal output only)
 * @param issues    the issues that sent it here, and any others found in the same record
 */
public record CinQuarantinedRecord(CinTable table, CinSource source, List<String> rawValues, List<Issue> issues) {

    public CinQuarantinedRecord {
        rawValues = List.copyOf(rawValues);
        issues = List.copyOf(issues);
    }
}
