package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.time.LocalDate;
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
        id = "CP-04B",
        title = "Child protection plans starting within two years of a previous plan ending",
        definition = "Of the child protection plans in the CIN census starting " + IN_WINDOW + " (CPPstartDate), the"
                + " percentage whose child had a previous plan that ended within the two years before: the census"
                + " holds another plan of the same child (under any episode) with an earlier CPPstartDate and a"
                + " CPPendDate on or before this plan's start and on or after the date two calendar years before it."
                + " A previous plan that ended exactly two years before counts; one that ended a day earlier does"
                + " not; one that ended on the day this plan started counts. NumberOfPreviousCPP cannot be used, as"
                + " it gives no dates, so only plans the census holds are seen: a plan under an episode that closed"
                + " before the census year began is missed unless an earlier census year is supplied too, which can"
                + " only lower the figure. An earlier plan with no end date, or one ending after this plan started,"
                + " is a data error and does not count." + YEARS + " Plans are counted, not children.",
        numerator = "plans starting in the window whose child had a previous plan end in the two years before",
        denominator = "plans starting in the window",
        window = WINDOW + "; previous plans ending in the two years before each start",
        cin = {CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"LAchildID", "CPPstartDate", "CPPendDate"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class SecondPlansWithinTwoYears extends PercentOfCensusRows<ProtectionPlan> {

    static final int YEARS_BACK = 2;

    public SecondPlansWithinTwoYears() {
        super(CensusRowsInWindow.PLANS_STARTED);
    }

    @Override
    protected boolean inNumerator(ProtectionPlan plan, CensusHistory census, IndicatorContext context) {
        LocalDate start = plan.start();
        LocalDate earliestEnd = start.minusYears(YEARS_BACK);
        return census.plansOf(plan.childId()).stream().anyMatch(other -> other.start().isBefore(start)
                && other.end() != null && !other.end().isAfter(start) && !other.end().isBefore(earliestEnd));
    }
}
