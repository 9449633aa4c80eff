package uk.chatbatch.indicators.childprotection;

import uk.chatbatch.indicators.CountOfCensusRows;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusWording;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.List;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;

@IndicatorDefinition(
        id = "CP-02-CIN",
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

    @Override
    protected List<ProtectionPlan> counted(CensusHistory census, IndicatorContext context) {
        return startingInWindow(census, context);
    }

    public static List<ProtectionPlan> startingInWindow(CensusHistory census, IndicatorContext context) {
        return census.plans().stream().filter(p -> context.period().inWindow(p.start())).toList();
    }
}
