package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ASM-02",
        population = PopulationRule.AUTHORISED_IN_WINDOW,
        twin = "ASM-02-CIN",
        headline = true,
        title = "Assessments completed within 45 working days",
        definition = "Of the assessments in List 4 authorised in the six months ending on the period end (Continuous"
                + " Assessment Date of Authorisation after the date six months before the period end, up to and"
                + " including the period end), the percentage authorised within 45 working days of the Continuous"
                + " Assessment Start Date. Working days are Monday to Friday except England and Wales bank holidays,"
                + " counted from the day after the start date up to and including the authorisation date: an"
                + " assessment authorised on the day it started took 0 working days, one authorised on the 45th"
                + " working day is in time and one on the 46th is late. An assessment whose authorisation date is"
                + " before its start date is a data error and is left out of both the numerator and the denominator."
                + WorkingDayCalendar.WITHIN_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "assessments authorised in the window within 45 working days of their start",
        denominator = "assessments authorised in the window, other than any authorised before their start date",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_START_DATE, ASSESSMENT_AUTHORISATION_DATE, Field.ALLOCATED_TEAM, Field.ALLOCATED_WORKER, Field.DATE_OF_BIRTH, Field.AGE},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF),
                @By(value = "worker", kind = BreakdownKind.STAFF),
                @By("age band")})
public class AssessmentsWithin45WorkingDays extends PercentOfRecords {

    static final int WORKING_DAYS_ALLOWED = Timescales.ASSESSMENT_WORKING_DAYS;

    @Override
    protected boolean inDenominator(TableRecord assessment, IndicatorContext context) {
        LocalDate start = assessment.date(ASSESSMENT_START_DATE);
        LocalDate authorised = assessment.date(ASSESSMENT_AUTHORISATION_DATE);
        return context.period().inWindow(authorised) && start != null && !authorised.isBefore(start);
    }

    @Override
    protected boolean inNumerator(TableRecord assessment, IndicatorContext context) {
        return context.calendar().withinWorkingDays(assessment.date(ASSESSMENT_START_DATE),
                assessment.date(ASSESSMENT_AUTHORISATION_DATE), WORKING_DAYS_ALLOWED);
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.ageBand(r -> r.date(ASSESSMENT_START_DATE)));
    }
}
