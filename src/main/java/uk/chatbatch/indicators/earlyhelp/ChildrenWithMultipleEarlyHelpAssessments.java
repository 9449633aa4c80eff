package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.ChildrenWithMultipleRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "EH-05",
        title = "Children with multiple early help assessments",
        definition = "Of the distinct children (by Child Unique ID) with an early help assessment record in List 2"
                + " whose Assessment start date is in the six months ending on the period end, how many had 1, 2, 3,"
                + " 4, and 5 or more such assessments (breakdown records per child; all five groups are always shown,"
                + " zero included). The whole-population value is the number of children, as EH-01C. Current"
                + " interventions whose assessment started before the window are not counted. Fewer children with"
                + " repeat assessments is better.",
        numerator = "children with an early help assessment starting in the window",
        window = "six months ending on the period end",
        source = AnnexAList.EARLY_HELP,
        fields = {CHILD_ID, EH_ASSESSMENT_START_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.MUL,
        breakdowns = {@By(ChildrenWithMultipleRecords.BREAKDOWN)})
public class ChildrenWithMultipleEarlyHelpAssessments extends ChildrenWithMultipleRecords {

    @Override
    protected boolean counts(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(EH_ASSESSMENT_START_DATE));
    }
}
