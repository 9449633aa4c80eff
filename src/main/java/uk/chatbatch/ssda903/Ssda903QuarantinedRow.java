package uk.chatbatch.ssda903;

import java.util.List;
import uk.chatbatch.ingest.Issue;

/**
 * A row that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param rawValues the row's values as found, in the table's column order (internal output only)
 * @param issues    the issues that sent it here, and any others found in the same row
 */
public record Ssda903QuarantinedRow(Ssda903Table table, Ssda903Source source, List<String> rawValues,
                                    List<Issue> issues) {

    public Ssda903QuarantinedRow {
        rawValues = List.copyOf(rawValues);
        issues = List.copyOf(issues);
    }
}
