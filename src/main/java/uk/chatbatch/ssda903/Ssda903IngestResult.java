package uk.chatbatch.ssda903;

import java.util.List;
import java.util.Optional;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableSummary;

/**
 * What SSDA903 ingest found: the collection years, a summary per table and file (read or not,
 * and why), and the files that matched no table.
 */
public record Ssda903IngestResult(String input, List<CollectionYear> collectionYears,
                                  List<TableSummary<Ssda903Table>> summaries, List<String> unrecognisedFiles) {

    public Ssda903IngestResult {
        collectionYears = List.copyOf(collectionYears);
        summaries = List.copyOf(summaries);
        unrecognisedFiles = List.copyOf(unrecognisedFiles);
    }

    /** The summary of the table read for a year (the file actually read, not one ignored as a duplicate). */
    public Optional<TableSummary<Ssda903Table>> summary(Ssda903Table table, CollectionYear year) {
        return summaries.stream()
                .filter(s -> s.table() == table && s.wasRead() && s.collectionYear().equals(Optional.of(year)))
                .findFirst();
    }

    /** Summaries of one table across years and files. */
    public List<TableSummary<Ssda903Table>> summaries(Ssda903Table table) {
        return summaries.stream().filter(s -> s.table() == table).toList();
    }

    public long rowsRead(Ssda903Table table) {
        return summaries(table).stream().mapToLong(TableSummary::rowsRead).sum();
    }

    public long rowsKept(Ssda903Table table) {
        return summaries(table).stream().mapToLong(TableSummary::rowsKept).sum();
    }

    public long rowsSuperseded(Ssda903Table table) {
        return summaries(table).stream().mapToLong(TableSummary::rowsSuperseded).sum();
    }
}
