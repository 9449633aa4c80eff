package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.calendar.WorkingDayCalendar;
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
        id = "ASM-04",
        title = "Open assessments past 45 working days",
        definition = "Of the assessments in List 4 open at the period end (Continuous Assessment Start Date on or"
                + " before the period end, and no Continuous Assessment Date of Authorisation or one after the period"
                + " end), the percentage open for more than 45 working days at the period end; the numerator is also"
                + " the count. Working days are Monday to Friday except England and Wales bank holidays, counted from"
                + " the day after the start up to and including the period end: 45 working days open is not yet"
                + " overdue, 46 is. Also shown by Allocated Team and by Allocated Worker (blank or rejected as"
                + " unallocated), each row the percentage of that team's or worker's open assessments."
                + WorkingDayCalendar.WITHIN_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "assessments open at the period end for more than 45 working days",
        denominator = "assessments open at the period end",
        window = "at the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_START_DATE, ASSESSMENT_AUTHORISATION_DATE, ALLOCATED_TEAM, ALLOCATED_WORKER},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF)})
public class OpenAssessmentsOver45WorkingDays extends PercentOfRecords {

    static final int WORKING_DAYS_ALLOWED = Timescales.ASSESSMENT_WORKING_DAYS;

    @Override
    protected boolean inDenominator(TableRecord assessment, IndicatorContext context) {
        return context.period().openAtEnd(assessment.date(ASSESSMENT_START_DATE),
                assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected boolean inNumerator(TableRecord assessment, IndicatorContext context) {
        return !context.calendar().withinWorkingDays(assessment.date(ASSESSMENT_START_DATE),
                context.period().periodEnd(), WORKING_DAYS_ALLOWED);
    }
}
