package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

import uk.chatbatch.ingest.Issue;

/**
 * Where SSDA903 ingest sends what it finds, row by row, so nothing has to be held in memory.
 *
 * <p>Collection years are read latest first, so that a row can be recognised as superseded the
 * moment it is read: a sink sees 2021-22 rows before 2020-21 rows.
 */
public interface Ssda903Sink {

    /** A row that passed its checks and is not superseded by a later year. */
    void clean(Ssda903Record record);

    /**
     * A clean row whose key a later collection year also holds; the later row was sent to
     * {@link #clean} and this one is not. Counted, never silently dropped.
     */
    default void superseded(Ssda903Record record, CollectionYear supersededBy) {
    }

    void quarantined(Ssda903QuarantinedRow row);

    void issue(Issue issue);
}
