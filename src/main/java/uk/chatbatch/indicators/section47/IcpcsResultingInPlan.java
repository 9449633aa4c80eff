package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_RESULTED_IN_PLAN;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/**
 * The catalogue's breakdown by category of abuse is left out: List 5 has no category, and matching each
 * conference to a List 7 plan would make this figure depend on List 7 too.
 */
@IndicatorDefinition(
        id = "S47-04",
        title = "Initial child protection conferences resulting in a plan",
        definition = "Of the initial child protection conferences (ICPCs) in List 5 held in the six months ending on"
                + " the period end (Date of Initial Child Protection Conference in the window, whatever the answer to"
                + " 'Was an ICPC deemed unnecessary?', as S47-03 counts them), the percentage whose 'Did the Initial"
                + " Child Protection Conference Result in a Child Protection Plan' is Yes. A conference whose answer"
                + " is No, blank or not a recognised value stays in the denominator only. Records are counted, not"
                + " children.",
        numerator = "ICPCs held in the window that resulted in a child protection plan",
        denominator = "ICPCs held in the window",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {ICPC_DATE, ICPC_RESULTED_IN_PLAN},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON)
public class IcpcsResultingInPlan extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord enquiry, IndicatorContext context) {
        return context.period().inWindow(enquiry.date(ICPC_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord enquiry, IndicatorContext context) {
        return enquiry.is(ICPC_RESULTED_IN_PLAN, "Yes");
    }
}
