package uk.chatbatch.indicators.childreninneed;

import uk.chatbatch.cin.CinRecord;

/** Something an indicator counts that came from one row of a CIN census table, for the drill-down. */
public interface CensusRow {

    public CinRecord row();
}
