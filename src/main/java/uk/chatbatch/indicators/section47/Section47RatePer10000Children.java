package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.S47_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "S47-01R",
        title = "Section 47 enquiries started per 10,000 children",
        definition = "The section 47 enquiries S47-01 counts (enquiry records in List 5 whose Strategy discussion"
                + " initiating Section 47 Enquiry Start Date is in the six months ending on the period end; records,"
                + " not children) divided by the LA's population aged 0 to 17 as given in the job file (ONS mid-year"
                + " estimate; or run --population), times 10,000. The headline is annualised (the count times 12 /"
                + " 6), a rate for a year on the same basis as DfE's annual rate (year ending 31 March) shown beside"
                + " it; the row basis = six months gives the rate of the six months as counted. Without a population"
                + " the rate is not computed, never shown as zero.",
        numerator = "section 47 enquiries starting in the window (S47-01), per 10,000 children aged 0 to 17",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class Section47RatePer10000Children extends RatePer10000Children {

    public Section47RatePer10000Children() {
        super(new Section47EnquiriesStarted(), Counted.SIX_MONTH_FLOW);
    }
}
