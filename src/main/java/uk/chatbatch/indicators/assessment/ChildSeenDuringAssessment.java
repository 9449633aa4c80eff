package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_CHILD_SEEN;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ASM-05",
        title = "Child seen during assessment",
        definition = "Of the assessments in List 4 authorised in the six months ending on the period end (the"
                + " assessments ASM-01 counts), the percentage whose Child Seen During Continuous Assessment is Yes."
                + " An assessment whose answer is No, Unknown, blank or not a recognised value stays in the"
                + " denominator only, so missing data lowers the figure rather than hiding the assessment. Also shown"
                + " by Allocated Team (blank or rejected as unallocated), each row the percentage within that team."
                + " Records are counted, not children.",
        numerator = "assessments authorised in the window in which the child was seen",
        denominator = "assessments authorised in the window",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_AUTHORISATION_DATE, ASSESSMENT_CHILD_SEEN, ALLOCATED_TEAM},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.DON,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class ChildSeenDuringAssessment extends PercentOfRecords {

    @Override
    protected boolean inDenominator(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord assessment, IndicatorContext context) {
        return assessment.is(ASSESSMENT_CHILD_SEEN, "Yes");
    }
}
