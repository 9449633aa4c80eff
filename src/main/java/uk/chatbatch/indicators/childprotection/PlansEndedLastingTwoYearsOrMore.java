package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CP-06",
        twin = "CP-06-CIN",
        headline = true,
        title = "Plans ended that lasted two years or more",
        definition = "Of the child protection plans in List 7 ending in the six months ending on the period end"
                + " (Child Protection Plan End Date after the date six months before the period end, up to and"
                + " including the period end), the percentage that lasted two years or more: the end date is on or"
                + " after the start date plus two calendar years. A plan that started on 15 June 2023 and ended on"
                + " 15 June 2025 counts; one that ended on 14 June 2025 does not. A plan that started on 29 February"
                + " reaches two years on 28 February. A plan whose end date is before its start date is a data error"
                + " and is left out of both the numerator and the denominator. Plan records are counted, not"
                + " children.",
        numerator = "plans ending in the window that had lasted two years or more",
        denominator = "plans ending in the window, other than any ending before their start date",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI)
public class PlansEndedLastingTwoYearsOrMore extends PercentOfRecords {

    static final int YEARS = 2;

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        LocalDate start = plan.date(CP_START_DATE);
        LocalDate end = plan.date(CP_END_DATE);
        return context.period().inWindow(end) && start != null && !end.isBefore(start);
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        return !plan.date(CP_END_DATE).isBefore(plan.date(CP_START_DATE).plusYears(YEARS));
    }
}
