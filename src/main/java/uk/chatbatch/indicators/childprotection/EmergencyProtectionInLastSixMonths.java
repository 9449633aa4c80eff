package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_EMERGENCY_PROTECTION;
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
        id = "CP-11",
        title = "Emergency protection in the last six months",
        definition = "Of the child protection plans in List 7 open at the period end (start date on or before the"
                + " period end, and no end date or one after it), the number and percentage where Subject to"
                + " Emergency Protection Order or Protected Under Police Powers in Last Six Months is Yes, as the LA"
                + " recorded it. No, blank and unrecognised answers stay in the denominator. Plan records are"
                + " counted, not children.",
        numerator = "open plans whose child was under an EPO or police protection in the last six months",
        denominator = "child protection plans open at the period end",
        window = "at the period end, looking back six months as the Annex A field does",
        source = AnnexAList.CHILD_PROTECTION,
        fields = {CP_START_DATE, CP_END_DATE, CP_EMERGENCY_PROTECTION},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class EmergencyProtectionInLastSixMonths extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord plan, IndicatorContext context) {
        return ProtectionPlans.openAtEnd(plan, context.period());
    }

    @Override
    protected boolean inNumerator(TableRecord plan, IndicatorContext context) {
        return plan.is(CP_EMERGENCY_PROTECTION, "Yes");
    }
}
