package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_REQUIRES_SUPPORT;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/**
 * The catalogue's breakdown by source of referral is left out: it would need each assessment matched to a
 * List 3 referral, making this figure depend on List 3 too. REF-05 gives the same outcome by referral source.
 */
@IndicatorDefinition(
        id = "ASM-06",
        title = "Assessments finding the child needs children's social care support",
        definition = "Of the assessments in List 4 authorised in the six months ending on the period end (the"
                + " assessments ASM-01 counts), the percentage whose 'Was the child assessed as requiring LA"
                + " children's social care support?' is Yes. An assessment whose answer is No is the complement"
                + " (assessed as not in need; REF-05 measures it per referral); one whose answer is Unknown, blank"
                + " or not a recognised value stays in the denominator only. Records are counted, not children.",
        numerator = "assessments authorised in the window that found the child requires support",
        denominator = "assessments authorised in the window",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_AUTHORISATION_DATE, ASSESSMENT_REQUIRES_SUPPORT},
        unit = Unit.PERCENT,
        polarity = Polarity.IN_A_BAND,
        chart = ChartType.DON)
public class AssessmentsFindingSupportNeeded extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord assessment, IndicatorContext context) {
        return assessment.is(ASSESSMENT_REQUIRES_SUPPORT, "Yes");
    }
}
