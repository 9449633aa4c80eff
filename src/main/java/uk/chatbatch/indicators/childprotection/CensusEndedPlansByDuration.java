package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.Breakdown.Band;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.ProtectionPlan;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;

@IndicatorDefinition(
        id = "CP-07-CIN",
        twin = "CP-07",
        title = "Duration of child protection plans ended (CIN census)",
        definition = "The child protection plans in the CIN census ending " + IN_WINDOW + " (CPPendDate), counted by"
                + " how long they lasted from CPPstartDate to CPPendDate in completed calendar months: under 3"
                + " months, 3 to 6 months, 6 to 12 months, 1 to 2 years, 2 years or more, as DfE bands plan"
                + " durations. Each band includes its lower bound: a plan reaches n months on the day n calendar"
                + " months after its start (end-of-month clamped, so one started on 31 March reaches 3 months on 30"
                + " June), so a plan of exactly 3 months is in 3 to 6 months and one of exactly 2 years is in 2 years"
                + " or more, the CP-06-CIN numerator. A plan ending before its start is a data error and is not"
                + " counted, so the whole count is CP-06-CIN's denominator." + YEARS + " Plans are counted, not"
                + " children.",
        numerator = "plans ending in the window, other than any ending before their start date",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.CP_PLAN},
        returnFields = {"CPPstartDate", "CPPendDate"},
        unit = Unit.COUNT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.BND,
        breakdowns = {@By(value = CensusEndedPlansByDuration.DURATION, kind = BreakdownKind.BANDS,
                bands = BandSet.DURATION_MONTHS)})
public class CensusEndedPlansByDuration extends CountOfCensusRows<ProtectionPlan> {

    public static final String DURATION = "duration";

    public CensusEndedPlansByDuration() {
        super(CensusEndedPlansByDuration::endingInWindow);
    }

    /** Ending in the window, and not before the start: the plans whose duration is measured. */
    public static List<ProtectionPlan> endingInWindow(CensusHistory census, IndicatorContext context) {
        return census.plans().stream()
                .filter(p -> context.period().inWindow(p.end()) && !p.end().isBefore(p.start())).toList();
    }

    @Override
    protected List<IndicatorValue> breakdowns(List<ProtectionPlan> counted, IndicatorContext context) {
        List<IndicatorValue> rows = new ArrayList<>();
        for (Band band : BandSet.DURATION_MONTHS.bands()) {
            long in = counted.stream().map(p -> Breakdown.completedMonths(p.start(), p.end()))
                    .filter(m -> m >= band.lower() && m <= band.upper()).count();
            rows.add(IndicatorValue.count(DURATION, band.label(), in));
        }
        return rows;
    }
}
