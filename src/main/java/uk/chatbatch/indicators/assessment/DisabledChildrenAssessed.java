package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.DISABILITY;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ASM-07",
        title = "Assessments of disabled children",
        definition = "Of the assessments in List 4 authorised in the six months ending on the period end (the"
                + " assessments ASM-01 counts), the percentage whose Does the Child have a Disability is Yes. An"
                + " assessment whose answer is No, Unknown, blank or not a recognised value stays in the denominator"
                + " only. Records are counted, not children.",
        numerator = "assessments authorised in the window of a child with a disability",
        denominator = "assessments authorised in the window",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_AUTHORISATION_DATE, DISABILITY},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.DON)
public class DisabledChildrenAssessed extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord assessment, IndicatorContext context) {
        return assessment.is(DISABILITY, "Yes");
    }
}
