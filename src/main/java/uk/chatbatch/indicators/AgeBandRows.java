package uk.chatbatch.indicators;

import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.IndicatorValue;

/** The breakdown "age band": DfE age bands at a date, every band kept, zero included. */
public final class AgeBandRows {

    public static final String NAME = "age band";

    private AgeBandRows() {
    }

    public static List<IndicatorValue> counts(List<? extends CensusRow> rows, CensusHistory census, LocalDate at) {
        Map<String, Long> counts = new LinkedHashMap<>();
        AgeBands.BANDS.forEach(b -> counts.put(b, 0L));
        rows.forEach(r -> counts.merge(census.ageBand(r.row(), at), 1L, Long::sum));
        List<IndicatorValue> values = new ArrayList<>();
        counts.forEach((band, n) -> values.add(IndicatorValue.count(NAME, band, n)));
        return values;
    }
}
