package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-07",
        twin = "ADO-07-903",
        title = "Adoptions",
        definition = "The number of children on List 10 with a Date of Adoption Order in the 12 months ending on"
                + " the period end: after the date 12 months before the period end, up to and including it. Records"
                + " are counted; List 10 normally has one row per child and decision, and an adopted child has one"
                + " adoption order. The catalogue's second figure, adoptions as a percentage of all children ceasing"
                + " care, is DfE's annual SSDA903 measure (reasons ceased E11 and E12) and is not computed here.",
        numerator = "adoption orders in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {ADOPTION_ORDER_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class AdoptionOrders extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return Adopted.inWindow(child, context);
    }
}
