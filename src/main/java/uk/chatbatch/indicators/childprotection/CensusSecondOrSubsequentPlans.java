package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "CP-04-CIN",
        twin = "CP-04",
        title = "Second or subsequent child protection plans (CIN census)",
        definition = "Of the child protection plans in the CIN census starting " + IN_WINDOW + " (CPPstartDate), the"
                + " percentage that are a second or subsequent plan: the child had a previous plan at any time,"
                + " however long ago it ended. A plan counts when either its NumberOfPreviousCPP is 1 or more, as the"
                + " LA recorded it, or the census itself holds another plan of the same child (under any episode)"
                + " with an earlier CPPstartDate; either is enough, so a plan whose NumberOfPreviousCPP is 0 or"
                + " missing still counts when the census shows an earlier plan. A plan with no earlier plan in the"
                + " census and a missing NumberOfPreviousCPP is not counted but stays in the denominator." + YEARS
                + " Plans are counted, not children.",
        numerator = "plans starting in the window whose child had a previous plan",
        denominator = "plans starting in the window",
        window = WINDOW + "; previous plans at any time",
        cin = {CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"LAchildID", "CPPstartDate", "NumberOfPreviousCPP"},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class CensusSecondOrSubsequentPlans extends PercentOfCensusRows<ProtectionPlan> {

    public CensusSecondOrSubsequentPlans() {
        super(CensusRowsInWindow.PLANS_STARTED);
    }

    @Override
    protected boolean inNumerator(ProtectionPlan plan, CensusHistory census, IndicatorContext context) {
        Integer recorded = plan.previousPlansRecorded();
        return (recorded != null && recorded >= 1)
                || census.plansOf(plan.childId()).stream().anyMatch(other -> other.start().isBefore(plan.start()));
    }
}
