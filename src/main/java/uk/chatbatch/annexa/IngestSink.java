package uk.chatbatch.annexa;

import uk.chatbatch.model.table.RecordSink;

/**
 * Where Annex A's ingest sends what it finds, row by row, so nothing has to be held in memory: the same
 * {@link RecordSink} as the returns' (clean rows, quarantined rows, issues), with each list's sheet marked where it
 * starts and ends. Annex A is read once, for one period, so no row is ever superseded by a later year.
 */
public interface IngestSink extends RecordSink {

    /** A sheet identified as this list is about to be read. */
    default void startList(AnnexAList list) {
    }

    /** The sheet holding this list has been read. */
    default void endList(AnnexAList list) {
    }
}
