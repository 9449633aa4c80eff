package uk.chatbatch.cin;

import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.RecordSink;

/**
 * Where the CIN census reader sends what it finds, one child at a time, so nothing larger than one
 * child is held in memory. Within a child, records arrive parent before children, in file order; each
 * file's records come between its {@link #startFile} and {@link #endFile}.
 *
 * <p>Issues use the shared {@link Issue} shape: {@code sheet} holds the place among the children
 * ("child 3, CINdetails 2", or "header"), {@code list} the table's label, {@code row} the XML line
 * and {@code column} the element name.
 */
public interface CinSink extends RecordSink {

    /** A file's header has been read; its records follow. */
    default void startFile(CinCensusHeader header) {
    }

    /** The file has been read to the end. */
    default void endFile(CinFileResult result) {
    }
}
