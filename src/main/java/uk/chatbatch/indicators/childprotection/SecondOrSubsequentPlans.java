package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_PREVIOUS_PLANS;
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
        id = "CP-04",
        twin = "CP-04-CIN",
        headline = true,
        title = "Second or subsequent child protection plans",
        definition = "Of the child protection plans in List 7 starting in the six months ending on the period end"
                + " (Child Protection Plan Start Date after the date six months before the period end, up to and"
                + " including the period end), the percentage whose Number of Previous Child Protection Plans is 1"
                + " or more as the LA recorded it, so an earlier plan counts however long ago it ended. A plan whose"
                + " number of previous plans is blank or was not a whole number is not counted as a second plan but"
                + " stays in the denominator, so missing data lowers the figure rather than hiding the plan. Plan"
                + " records are counted, not children.",
        numerator = "plans starting in the window whose child had one or more previous plans",
        denominator = "plans starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_PREVIOUS_PLANS},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.KPI)
public class SecondOrSubsequentPlans extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        return context.period().inWindow(plan.date(CP_START_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        Integer previousPlans = plan.integer(CP_PREVIOUS_PLANS);
        return previousPlans != null && previousPlans >= 1;
    }
}
