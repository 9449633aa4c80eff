package uk.chatbatch.annexa;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.Quarantined;

/**
 * A row that could not be used, kept with its reasons so it can be fixed at source.
 *
 * @param rawValues the row's cells as found, in the list's column order (internal output only)
 * @param issues    the issues that sent it here, and any others found in the same row
 */
public record QuarantinedRow(AnnexAList list, SourceRow source, List<String> rawValues, List<Issue> issues)
        implements Quarantined {

    @Override
    public String file() {
        return source.file();
    }

    @Override
    public String place() {
        return source.sheet();
    }

    @Override
    public String table() {
        return list.label();
    }

    @Override
    public int row() {
        return source.row();
    }

    /** The template's headers. */
    @Override
    public List<String> columns() {
        return list.columns().stream().map(c -> c.field().header()).toList();
    }
}
