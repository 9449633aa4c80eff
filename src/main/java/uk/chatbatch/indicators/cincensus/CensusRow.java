package uk.chatbatch.indicators.cincensus;

import uk.chatbatch.cin.CinRecord;

/** Something an indicator counts that came from one row of a CIN census table, for the drill-down. */
interface CensusRow {

    CinRecord row();
}
