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
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "CP-06-CIN",
        twin = "CP-06",
        title = "Plans ended that lasted two years or more (CIN census)",
        definition = "Of the child protection plans in the CIN census ending " + IN_WINDOW + " (CPPendDate), the"
                + " percentage that lasted two years or more: the end date is on or after CPPstartDate plus two"
                + " calendar years. A plan that started on 15 June 2023 and ended on 15 June 2025 counts; one that"
                + " ended on 14 June 2025 does not; one that started on 29 February reaches two years on 28 February."
                + " A plan ending before its start is a data error and is left out of both the numerator and the"
                + " denominator." + YEARS + " Plans are counted, not children.",
        numerator = "plans ending in the window that had lasted two years or more",
        denominator = "plans ending in the window, other than any ending before their start date",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"CPPstartDate", "CPPendDate"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class CensusPlansEndedLastingTwoYearsOrMore extends PercentOfCensusRows<ProtectionPlan> {

    static final int YEARS_LASTED = 2;

    public CensusPlansEndedLastingTwoYearsOrMore() {
        super(CensusEndedPlansByDuration::endingInWindow);
    }

    @Override
    protected boolean inNumerator(ProtectionPlan plan, CensusHistory census, IndicatorContext context) {
        return !plan.end().isBefore(plan.start().plusYears(YEARS_LASTED));
    }
}
