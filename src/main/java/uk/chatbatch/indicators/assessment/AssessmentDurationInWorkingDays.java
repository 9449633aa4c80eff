package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ASM-03",
        population = PopulationRule.AUTHORISED_IN_WINDOW,
        twin = "ASM-03-CIN",
        headline = true,
        title = "Assessment duration in working days",
        definition = "Of the assessments in List 4 authorised in the six months ending on the period end (the"
                + " assessments ASM-02 measures), the median number of working days from the Continuous Assessment"
                + " Start Date to the Continuous Assessment Date of Authorisation. Working days are Monday to Friday"
                + " except England and Wales bank holidays, counted from the day after the start up to and including"
                + " the authorisation: authorised the day it started is 0. The numerator is the number of assessments"
                + " measured. An assessment authorised before its start date is a data error and is left out. The"
                + " median, and the lower and upper quartiles shown as the breakdown quartile, follow Excel's MEDIAN"
                + " and QUARTILE.INC (with an even number the median is the mean of the middle two). The breakdown"
                + " working days gives DfE's bands: same day (0 working days: authorised on the start day, or on a"
                + " weekend or bank holiday before the next working day), 1 to 10, 11 to 20, 21 to 30, 31"
                + " to 40, 41 to 45, 46 to 50, 51 to 60, 61 and over; each row has the assessments in the band as"
                + " numerator, all measured as denominator and the band's percentage as value. The breakdown team"
                + " gives each Allocated Team's own median and number measured, blank or rejected teams as"
                + " unallocated. A lower median is better, though very short assessments can be thin."
                + WorkingDayCalendar.COUNT_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "assessments authorised in the window and measured",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_START_DATE, ASSESSMENT_AUTHORISATION_DATE, ALLOCATED_TEAM},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.BND,
        breakdowns = {@By(value = MedianDaysOfRecords.QUARTILE, kind = BreakdownKind.QUARTILE),
                @By(value = "working days", kind = BreakdownKind.BANDS, bands = BandSet.ASSESSMENT_WORKING_DAYS),
                @By(value = "team", kind = BreakdownKind.STAFF)})
public class AssessmentDurationInWorkingDays extends MedianDaysOfRecords {


    @Override
    protected boolean measured(TableRecord assessment, IndicatorContext context) {
        LocalDate start = assessment.date(ASSESSMENT_START_DATE);
        LocalDate authorised = assessment.date(ASSESSMENT_AUTHORISATION_DATE);
        return context.period().inWindow(authorised) && start != null && !authorised.isBefore(start);
    }

    @Override
    protected int days(TableRecord assessment, IndicatorContext context) {
        return context.calendar().workingDaysBetween(assessment.date(ASSESSMENT_START_DATE),
                assessment.date(ASSESSMENT_AUTHORISATION_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> groups() {
        return List.of(Breakdown.team());
    }
}
