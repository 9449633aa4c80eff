package uk.chatbatch.indicators.section47;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WORKING_DAYS;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.List;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Section47;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "S47-03-CIN",
        twin = "S47-03",
        title = "Initial child protection conferences within 15 working days (CIN census)",
        definition = "Of the initial child protection conferences (ICPCs) in the CIN census held " + IN_WINDOW
                + " (a section 47 enquiry's own DateOfInitialCPC in the window), the percentage held within 15"
                + " working days of the enquiry's S47ActualStartDate (the strategy discussion), as DfE measures it."
                + WORKING_DAYS + " A conference on the 15th working day is in time and one on the 16th is late. A"
                + " conference dated before its enquiry started is a data error and is left out of both the"
                + " numerator and the denominator. Any conference date in the window counts as a conference held,"
                + " whatever ICPCnotRequired says. The breakdown working days gives DfE's bands 0 to 10, 11 to 15,"
                + " 16 to 20 and 21 and over, each as the conferences in the band over all measured." + YEARS
                + " Conferences are counted, not children.",
        numerator = "ICPCs held in the window within 15 working days of the section 47 start",
        denominator = "ICPCs held in the window, other than any dated before their enquiry started",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.SECTION_47},
        returnFields = {"S47ActualStartDate", "DateOfInitialCPC"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = CensusIcpcsWithin15WorkingDays.BANDS, kind = BreakdownKind.BANDS, bands = BandSet.ICPC_WORKING_DAYS)})
public class CensusIcpcsWithin15WorkingDays extends PercentOfCensusRows<Section47> {

    static final int WORKING_DAYS_ALLOWED = Timescales.ICPC_WORKING_DAYS;
    public static final String BANDS = "working days";

    public CensusIcpcsWithin15WorkingDays() {
        super(CensusIcpcsWithin15WorkingDays::conferencesInWindow);
    }

    /** Conferences in the window and not before their enquiry started: those whose timeliness is measured. */
    private static List<Section47> conferencesInWindow(CensusHistory census, IndicatorContext context) {
        return census.section47s().stream()
                .filter(s -> context.period().inWindow(s.conference()) && !s.conference().isBefore(s.start()))
                .toList();
    }

    @Override
    protected boolean inNumerator(Section47 enquiry, CensusHistory census, IndicatorContext context) {
        return workingDays(enquiry, context) <= WORKING_DAYS_ALLOWED;
    }

    @Override
    protected List<IndicatorValue> breakdowns(List<Section47> population, List<Section47> numerator,
                                              IndicatorContext context) {
        return Shapes.bandShares(BANDS, BandSet.ICPC_WORKING_DAYS.bands(),
                population.stream().map(s -> workingDays(s, context)).toList());
    }

    private static int workingDays(Section47 enquiry, IndicatorContext context) {
        return context.calendar().workingDaysBetween(enquiry.start(), enquiry.conference());
    }
}
