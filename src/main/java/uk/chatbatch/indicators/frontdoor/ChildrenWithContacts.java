package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.ChildrenWithMultipleRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CON-03",
        title = "Children with contacts, and contacts per child",
        definition = "The number of distinct children (by Child Unique ID) with at least one contact record in List 1"
                + " whose Date of Contact is in the six months ending on the period end, and how many of them had 1,"
                + " 2, 3, 4, and 5 or more such contacts (breakdown records per child; all five groups are always"
                + " shown, zero included). A contact about several children is one record per child, so it counts"
                + " for each of them. Many children with repeat contacts can mean needs are not being met the first"
                + " time.",
        numerator = "children with a contact dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {CHILD_ID, DATE_OF_CONTACT},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.MUL,
        breakdowns = {@By(ChildrenWithMultipleRecords.BREAKDOWN)})
public class ChildrenWithContacts extends ChildrenWithMultipleRecords {

    @Override
    protected boolean counts(TableRecord contact, IndicatorContext context) {
        return context.period().inWindow(contact.date(DATE_OF_CONTACT));
    }
}
