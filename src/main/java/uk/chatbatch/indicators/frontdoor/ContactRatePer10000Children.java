package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "CON-02",
        title = "Contact rate per 10,000 children",
        definition = "The contacts CON-01 counts (contact records in List 1 whose Date of Contact is in the six months"
                + " ending on the period end; records, not children) divided by the LA's population aged 0 to 17 as"
                + " given in the job file or by run --population (ONS mid-year estimate), times 10,000. The headline"
                + " is annualised (the count times 12 / 6), a rate for a year like other annual rates; the row basis ="
                + " six months gives the rate of the six months as counted. Without a population the rate is not"
                + " computed, never shown as zero. The catalogue's age and sex breakdowns are not given:"
                + " rates are computed for the whole population only.",
        numerator = "contacts dated in the window (CON-01), per 10,000 children aged 0 to 17",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {DATE_OF_CONTACT},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class ContactRatePer10000Children extends RatePer10000Children {

    public ContactRatePer10000Children() {
        super(new ContactsInWindow(), Counted.SIX_MONTH_FLOW);
    }
}
