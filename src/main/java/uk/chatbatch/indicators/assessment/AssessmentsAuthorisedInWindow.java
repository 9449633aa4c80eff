package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ASM-01",
        population = PopulationRule.AUTHORISED_IN_WINDOW,
        twin = "ASM-01-CIN",
        title = "Assessments completed",
        definition = "The number of assessment records in List 4 whose Continuous Assessment Date of Authorisation"
                + " is in the six months ending on the period end: after the date six months before the period end,"
                + " up to and including the period end. An assessment counts as completed when it is authorised;"
                + " one with no authorisation date is still open and is not counted. Every authorised assessment in"
                + " the window is counted, including one whose authorisation date is before its start date (ASM-02"
                + " leaves those out). Records are counted, not children.",
        numerator = "assessments authorised in the window",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_AUTHORISATION_DATE, Field.ALLOCATED_TEAM},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "month", kind = BreakdownKind.MONTH),
                @By(value = "team", kind = BreakdownKind.STAFF)})
public class AssessmentsAuthorisedInWindow extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord assessment, IndicatorContext context) {
        return context.period().inWindow(assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.month(ASSESSMENT_AUTHORISATION_DATE, context.period()));
    }
}
