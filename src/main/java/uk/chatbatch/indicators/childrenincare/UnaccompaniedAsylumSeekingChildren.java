package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_UASC;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-04",
        title = "Unaccompanied asylum-seeking children looked after",
        definition = "Of the children looked after at the period end (List 8 Date Started to be Looked After on or"
                + " before the period end, and no Date Ceased to be Looked After or one after it), the percentage"
                + " whose Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months is Yes. The Annex A"
                + " flag covers the last 12 months, so a child who stopped being UASC during the year (usually at"
                + " 18) still counts, where DfE counts UASC at 31 March. No, blank and unrecognised answers stay in"
                + " the denominator. Records are counted, not distinct children.",
        numerator = "children looked after at the period end who were UASC in the last 12 months",
        denominator = "children looked after at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_UASC},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.DON)
public class UnaccompaniedAsylumSeekingChildren extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord child, IndicatorContext context) {
        return LookedAfter.atPeriodEnd(child, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord child, IndicatorContext context) {
        return child.is(CLA_UASC, "Yes");
    }
}
