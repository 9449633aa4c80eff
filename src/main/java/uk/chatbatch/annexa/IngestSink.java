package uk.chatbatch.annexa;

import uk.chatbatch.ingest.Issue;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/** Where ingest sends what it finds, row by row, so nothing has to be held in memory. */
public interface IngestSink {

    /** A sheet identified as this list is about to be read. */
    default void startList(AnnexAList list) {
    }

    void clean(TableRecord record);

    void quarantined(QuarantinedRecord row);

    void issue(Issue issue);

    /** The sheet holding this list has been read. */
    default void endList(AnnexAList list) {
    }
}
