package uk.chatbatch.indicators.frontdoor;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.GENDER;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CON-06",
        title = "Age and gender of contacts",
        definition = "The contact records in List 1 whose Date of Contact is in the six months ending on the period"
                + " end, by single year of age at the Date of Contact crossed with gender, for an age/sex pyramid."
                + " Age is completed years from the Date of Birth (a 29 February birthday is reached on 1 March);"
                + " without a Date of Birth, the Age of Child the LA supplied is used; 26 and over are one group;"
                + " unknown covers neither given and a child not yet born at the contact. Gender is male, female, or"
                + " other or unknown (Not stated/recorded, Neither, blank or not a recognised code). Rows are"
                + " \"age / gender\", e.g. \"7 / female\"; every combination is shown, zero included. Records are"
                + " counted, not children: a child with two contacts is in the pyramid twice.",
        numerator = "contacts dated in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CONTACTS,
        fields = {DATE_OF_CONTACT, DATE_OF_BIRTH, AGE, GENDER},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.PYR,
        breakdowns = {@By(value = "age and gender", kind = BreakdownKind.AGE_AND_GENDER)})
public class ContactsByAgeAndGender extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord contact, IndicatorContext context) {
        return context.period().inWindow(contact.date(DATE_OF_CONTACT));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageAndGender(contact -> contact.date(DATE_OF_CONTACT)));
    }
}
