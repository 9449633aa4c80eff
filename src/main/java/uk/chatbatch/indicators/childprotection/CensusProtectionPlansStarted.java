package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;

@IndicatorDefinition(
        id = "CP-02-CIN",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "CP-02",
        title = "Child protection plans started (CIN census)",
        definition = "The number of child protection plans in the CIN census starting " + IN_WINDOW + ":"
                + " ChildProtectionPlans groups whose CPPstartDate is in the window." + YEARS + " Plans are counted,"
                + " not children: a child with two plans starting in the window counts twice, as in DfE's count of"
                + " plans starting.",
        numerator = "child protection plans starting in the window",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"CPPstartDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class CensusProtectionPlansStarted extends CountOfCensusRows<ProtectionPlan> {

    public CensusProtectionPlansStarted() {
        super(CensusRowsInWindow.PLANS_STARTED);
    }
}
