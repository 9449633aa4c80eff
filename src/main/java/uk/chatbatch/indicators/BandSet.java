package uk.chatbatch.indicators;

import java.util.List;
import java.util.OptionalInt;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.indicators.Breakdown.Band;

/**
 * The band bounds a {@link BreakdownKind#BANDS} breakdown declares: each set once, with the statutory timescale a
 * chart marks where the bands are working days against one. Indicators in Annex A and in a return that measure the
 * same thing use the same set.
 */
public enum BandSet {
    /** Not a banded breakdown. */
    NONE(List.of(), OptionalInt.empty()),
    /** DfE's bands of working days from an assessment's start to its authorisation; 45 is the timescale. */
    ASSESSMENT_WORKING_DAYS(List.of(new Band("same day", 0, 0), new Band("1 to 10", 1, 10),
            new Band("11 to 20", 11, 20), new Band("21 to 30", 21, 30), new Band("31 to 40", 31, 40),
            new Band("41 to 45", 41, 45), new Band("46 to 50", 46, 50), new Band("51 to 60", 51, 60),
            new Band("61 and over", 61, Integer.MAX_VALUE)), OptionalInt.of(Timescales.ASSESSMENT_WORKING_DAYS)),
    /** DfE's bands of working days from the strategy discussion to the initial conference; 15 is the timescale. */
    ICPC_WORKING_DAYS(List.of(new Band("0 to 10", 0, 10), new Band("11 to 15", 11, 15),
            new Band("16 to 20", 16, 20), new Band("21 and over", 21, Integer.MAX_VALUE)),
            OptionalInt.of(Timescales.ICPC_WORKING_DAYS)),
    /** The catalogue's duration bands for CIN episodes and CP plans (CIN-04, CP-07), in completed calendar months. */
    DURATION_MONTHS(List.of(new Band("under 3 months", 0, 2), new Band("3 to 6 months", 3, 5),
            new Band("6 to 12 months", 6, 11), new Band("1 to 2 years", 12, 23),
            new Band("2 years or more", 24, Integer.MAX_VALUE)), OptionalInt.empty());

    private final List<Band> bands;
    private final OptionalInt timescaleWorkingDays;

    BandSet(List<Band> bands, OptionalInt timescaleWorkingDays) {
        this.bands = bands;
        this.timescaleWorkingDays = timescaleWorkingDays;
    }

    /** The bands, lowest first; each from lower to upper inclusive, the top one open (upper Integer.MAX_VALUE). */
    public List<Band> bands() {
        return bands;
    }

    /** The statutory timescale in working days that the bands are measured against, if any. */
    public OptionalInt timescaleWorkingDays() {
        return timescaleWorkingDays;
    }
}
