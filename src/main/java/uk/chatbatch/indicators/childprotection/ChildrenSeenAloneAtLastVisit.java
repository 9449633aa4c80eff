package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_SEEN_ALONE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CP-09",
        title = "Children seen alone at the last visit",
        definition = "Of the child protection plans in List 7 open at the period end (start date on or before the"
                + " period end, and no end date or one after it), the percentage where Was the Child Seen Alone? is"
                + " Yes. No, Unknown, blank and unrecognised answers stay in the denominator. Annex A has no flag for"
                + " babies or children who cannot speak, so none is left out; the breakdown by DfE age band at the"
                + " period end (from the date of birth, else the age supplied) shows how far young children lower"
                + " the figure. Plan records are counted, not children.",
        numerator = "open plans whose child was seen alone",
        denominator = "child protection plans open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, CP_SEEN_ALONE, DATE_OF_BIRTH, AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.DON,
        breakdowns = {@By("age band")})
public class ChildrenSeenAloneAtLastVisit extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        return ProtectionPlans.openAtEnd(plan, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        return plan.is(CP_SEEN_ALONE, "Yes");
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageBand(r -> context.period().periodEnd()));
    }
}
