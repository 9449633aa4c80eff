package uk.chatbatch.indicators.section47;

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
import uk.chatbatch.indicators.childreninneed.CensusHistory.Section47;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "S47-02-CIN",
        twin = "S47-02",
        title = "Section 47 enquiries leading to an initial child protection conference (CIN census)",
        definition = "Of the section 47 enquiries in the CIN census starting " + IN_WINDOW + " (S47ActualStartDate),"
                + " the percentage that led to an initial child protection conference (ICPC): the enquiry's own"
                + " DateOfInitialCPC is on or after its start and on or before the period end, and ICPCnotRequired is"
                + " not true. The DateOfInitialCPC recorded on the CIN episode is not used, as it is not tied to one"
                + " enquiry. Each enquiry is followed to its own outcome (a cohort), so enquiries started near the"
                + " period end have had less time to reach a conference; DfE's published figure instead divides a"
                + " year's conferences by its enquiries. A conference dated before its enquiry started is a data"
                + " error and does not count, but the enquiry stays in the denominator." + YEARS + " Enquiries are"
                + " counted, not children.",
        numerator = "section 47 enquiries starting in the window that led to an ICPC",
        denominator = "section 47 enquiries starting in the window",
        window = WINDOW + "; conferences up to the period end",
        cin = {CinTable.EPISODE, CinTable.SECTION_47},
        returnFields = {"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON)
public class CensusSection47sLeadingToIcpc extends PercentOfCensusRows<Section47> {

    public CensusSection47sLeadingToIcpc() {
        super(CensusRowsInWindow.SECTION_47S_STARTED);
    }

    @Override
    protected boolean inNumerator(Section47 enquiry, CensusHistory census, IndicatorContext context) {
        LocalDate conference = enquiry.conference();
        return conference != null && !conference.isBefore(enquiry.start())
                && !conference.isAfter(context.period().periodEnd()) && !enquiry.conferenceNotRequired();
    }
}
