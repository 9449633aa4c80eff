package uk.chatbatch.model.table;

import uk.chatbatch.ingest.Issue;

/**
 * Where a source's reader sends what it finds, record by record, so nothing larger than a record (a child, for
 * the CIN census) has to be held in memory.
 */
public interface RecordSink {

    /** A record that passed its checks and is not superseded by a later year. */
    void clean(TableRecord record);

    /**
     * A clean record whose key a later collection year also holds; the later one was sent to {@link #clean} and
     * this one is not. Counted, never silently dropped. SSDA903 reads years latest first so it knows at once.
     */
    default void superseded(TableRecord record, CollectionYear supersededBy) {
    }

    void quarantined(QuarantinedRecord record);

    void issue(Issue issue);
}
