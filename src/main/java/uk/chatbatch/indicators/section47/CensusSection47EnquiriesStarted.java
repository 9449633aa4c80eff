package uk.chatbatch.indicators.section47;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Section47;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;

@IndicatorDefinition(
        id = "S47-01-CIN",
        population = PopulationRule.DATED_IN_WINDOW,
        twin = "S47-01",
        title = "Section 47 enquiries started (CIN census)",
        definition = "The number of section 47 enquiries in the CIN census starting " + IN_WINDOW + ": Section47"
                + " groups whose S47ActualStartDate (the strategy discussion that initiated the enquiry) is in the"
                + " window." + YEARS + " Enquiries are counted, not children.",
        numerator = "section 47 enquiries starting in the window",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.SECTION_47},
        returnFields = {"S47ActualStartDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class CensusSection47EnquiriesStarted extends CountOfCensusRows<Section47> {

    public CensusSection47EnquiriesStarted() {
        super(CensusRowsInWindow.SECTION_47S_STARTED);
    }
}
