package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-13-903",
        twin = "CLA-13",
        title = "Children looked after who were away without authorisation (SSDA903)",
        definition = "Of the children looked after at some time in the 12 months ending on the period end (an SSDA903"
                + " episode that started on or before the period end and had not ended by the day before the"
                + " window's first day, short breaks V3 and V4 left out), the percentage with at least one row in the"
                + " SSDA903 Missing table of type A (away from placement without authorisation: whereabouts known but"
                + " not where they should be) whose MIS_START is in the 12 months (after the date 12 months before the"
                + " period end, up to and including it). Missing incidents (type M) are CLA-11-903. With the period"
                + " end on 31 March this is DfE's children away without authorisation during the year as a share of"
                + " children looked after during the year. Not computed when the Missing table holds no rows.",
        numerator = "children looked after in the window with an absence without authorisation starting in it",
        denominator = "children looked after at some time in the window",
        window = "12 months ending on the period end",
        ssda903 = {Ssda903Table.EPISODES, Ssda903Table.MISSING},
        returnFields = {"CHILD", "DECOM", "DEC", "LS", "MISSING", "MIS_START"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class ChildrenAwayWithoutAuthorisation903 extends PercentLookedAfterWithMissingRow {

    public ChildrenAwayWithoutAuthorisation903() {
        super(MissingFromPlacement.AWAY_CODE);
    }
}
