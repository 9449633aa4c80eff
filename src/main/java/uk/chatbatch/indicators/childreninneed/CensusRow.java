package uk.chatbatch.indicators.childreninneed;

import uk.chatbatch.model.table.TableRecord;

/** Something an indicator counts that came from one row of a CIN census table, for the drill-down. */
public interface CensusRow {

    public TableRecord row();
}
