package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;

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
        id = "CP-12",
        title = "Child protection plans ended",
        definition = "The number of child protection plan records in List 7 whose Child Protection Plan End Date is in"
                + " the six months ending on the period end: after the date six months before the period end, up to"
                + " and including the period end. Every end date in the window counts, including one before its"
                + " plan's start date (CP-06 and CP-07 leave those out). Shown by calendar month of ending (the"
                + " window's first month is usually part of a month). Plan records are counted, not children.",
        numerator = "child protection plans ending in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_END_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.TRD,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH)})
public class ChildProtectionPlansEnded extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord plan, IndicatorContext context) {
        return context.period().inWindow(plan.date(CP_END_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(CP_END_DATE, context.period()));
    }
}
