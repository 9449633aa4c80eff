package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.Quarantined;

/**
 * A row that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param rawValues the row's values as found, in the table's column order (internal output only)
 * @param issues    the issues that sent it here, and any others found in the same row
 */
public record Ssda903QuarantinedRow(Ssda903Table ssda903Table, Ssda903Source source, List<String> rawValues,
                                    List<Issue> issues) implements Quarantined {

    public Ssda903QuarantinedRow {
        rawValues = List.copyOf(rawValues);
        issues = List.copyOf(issues);
    }

    @Override
    public String file() {
        return source.file();
    }

    /** The collection year, or "" when none was given. */
    @Override
    public String place() {
        return source.collectionYear().map(CollectionYear::label).orElse("");
    }

    @Override
    public String table() {
        return "SSDA903 " + ssda903Table.title();
    }

    @Override
    public int row() {
        return source.row();
    }

    /** DfE's field names (CHILD, DECOM...). */
    @Override
    public List<String> columns() {
        return ssda903Table.columns().stream().map(c -> c.field().name()).toList();
    }
}
