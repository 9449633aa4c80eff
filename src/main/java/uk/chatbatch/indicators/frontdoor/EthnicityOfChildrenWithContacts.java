package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.ETHNICITY;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CON-07",
        title = "Ethnicity of children with contacts",
        definition = "Of the distinct children (by Child Unique ID) with a contact record in List 1 whose Date of"
                + " Contact is in the six months ending on the period end, the percentage in each ethnic group:"
                + " White, Mixed, Asian, Black, Other (Chinese included, as DfE historically grouped it), Refused or"
                + " not obtained, and unknown for a blank or unrecognised Ethnicity; also by ethnicity code. Each"
                + " child counts once, with the Ethnicity on their latest contact in the window. Each breakdown adds"
                + " up to 100% of the children; every group is shown, zero included. Where the job file gives the LA's"
                + " children aged 0 to 17 by ethnic group (population: by_ethnic_group), the report sets each"
                + " group's share beside its share of that population.",
        numerator = "children with a contact in the window, in the ethnic group",
        denominator = "children with a contact dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {CHILD_ID, DATE_OF_CONTACT, ETHNICITY},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.ETH,
        breakdowns = {@By(value = "ethnic group", kind = BreakdownKind.ETHNICITY),
                @By(value = "ethnicity", kind = BreakdownKind.ETHNICITY)})
public class EthnicityOfChildrenWithContacts extends SharesOfRecords {

    @Override
    protected boolean counts(TableRecord contact, IndicatorContext context) {
        return context.period().inWindow(contact.date(DATE_OF_CONTACT));
    }

    @Override
    protected boolean perChild() {
        return true;
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ethnicGroup(), Breakdown.ethnicity());
    }
}
