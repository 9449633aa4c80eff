package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CON-04",
        title = "Contacts by source",
        definition = "Of the contact records in List 1 whose Date of Contact is in the six months ending on the"
                + " period end, the percentage from each Contact Source. By source group: individual (1A to 1D),"
                + " schools (2A), education services (2B), health services (3A to 3F), housing (4), LA services (5A"
                + " to 5D), police (6), other legal agency (7), other (8), anonymous (9), and unknown, which is code"
                + " 10 (source unknown) together with a source that was blank or not a recognised code. Also by"
                + " source code, with blank or unrecognised as unknown. Each row gives the contacts from that source"
                + " out of all contacts in the window, so each breakdown adds up to 100%; every group is shown, zero"
                + " included. Records are counted, not children.",
        numerator = "contacts dated in the window from the source",
        denominator = "contacts dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {DATE_OF_CONTACT, CONTACT_SOURCE},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("source group"), @By("source")})
public class ContactsBySource extends SharesOfRecords {

    @Override
    protected boolean counts(TableRecord contact, IndicatorContext context) {
        return context.period().inWindow(contact.date(DATE_OF_CONTACT));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.sourceGroup(CONTACT_SOURCE), Breakdown.code("source", CONTACT_SOURCE));
    }
}
