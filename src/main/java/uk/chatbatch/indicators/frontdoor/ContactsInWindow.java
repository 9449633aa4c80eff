package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.GENDER;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CON-01",
        population = PopulationRule.DATED_IN_WINDOW,
        title = "Contacts received",
        definition = "The number of contact records in List 1 whose Date of Contact is in the six months ending on"
                + " the period end: after the date six months before the period end, up to and including the period"
                + " end. Records are counted, not children: a child with three contacts counts three times, and a"
                + " contact about several children is one record per child. Also shown by gender: male, female, and"
                + " other or unknown (Not stated/recorded, Neither, or a Gender that was blank or not a recognised"
                + " code). All three gender rows are always shown, zero included.",
        numerator = "contact records dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {DATE_OF_CONTACT, GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By("gender")})
public class ContactsInWindow extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord contact, IndicatorContext context) {
        return context.period().inWindow(contact.date(DATE_OF_CONTACT));
    }
}
