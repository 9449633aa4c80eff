package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CP-05",
        title = "Open child protection plans lasting two years or more",
        definition = "Of the child protection plans in List 7 open at the period end (Child Protection Plan Start Date"
                + " on or before the period end, and no end date or one after it), the percentage open for two years"
                + " or more at the period end: the start date plus two calendar years is on or before the period end,"
                + " as CP-06 measures ended plans. A plan started on 30 September 2023 counts at 30 September 2025;"
                + " one started a day later does not. A plan that started on 29 February reaches two years on 28"
                + " February. Plan records are counted, not children.",
        numerator = "plans open at the period end that started two years or more before it",
        denominator = "child protection plans open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class OpenPlansLastingTwoYearsOrMore extends PercentOfRecords {

    static final int YEARS = 2;

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        return ProtectionPlans.openAtEnd(plan, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        return !plan.date(CP_START_DATE).plusYears(YEARS).isAfter(context.period().periodEnd());
    }
}
