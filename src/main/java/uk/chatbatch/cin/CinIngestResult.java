package uk.chatbatch.cin;

import java.util.List;
import uk.chatbatch.model.table.TableSummary;

/** What reading a CIN census file, or a folder of them, found: one result per file, in name order. */
public record CinIngestResult(List<CinFileResult> files) {

    public CinIngestResult {
        files = List.copyOf(files);
    }

    /** Every table summary of every file. */
    public List<TableSummary<CinTable>> summaries() {
        return files.stream().flatMap(f -> f.tables().stream()).toList();
    }

    /** The one file's result; for a single-file read. */
    public CinFileResult only() {
        if (files.size() != 1) {
            throw new IllegalStateException(files.size() + " files were read, not one");
        }
        return files.get(0);
    }

    public long rowsRead(CinTable table) {
        return files.stream().mapToLong(f -> f.table(table).rowsRead()).sum();
    }

    public long rowsClean(CinTable table) {
        return files.stream().mapToLong(f -> f.table(table).rowsClean()).sum();
    }

    public long rowsQuarantined(CinTable table) {
        return files.stream().mapToLong(f -> f.table(table).rowsQuarantined()).sum();
    }

    public long issues() {
        return files.stream().mapToLong(CinFileResult::issues).sum();
    }
}
