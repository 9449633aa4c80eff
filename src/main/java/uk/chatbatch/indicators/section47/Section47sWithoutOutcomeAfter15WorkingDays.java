package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "S47-07",
        title = "Section 47 enquiries without an outcome after 15 working days",
        definition = "The number of section 47 enquiry records in List 5 whose Strategy discussion initiating Section"
                + " 47 Enquiry Start Date is more than 15 working days before the period end and which, at the period"
                + " end, have no outcome: no Date of Initial Child Protection Conference on or before the period end,"
                + " and 'Was an Initial Child Protection Conference deemed unnecessary?' not Yes (blank counts as no"
                + " decision). Working days are Monday to Friday except England and Wales bank holidays, counted from"
                + " the day after the strategy discussion up to and including the period end: an enquiry 15 working"
                + " days old is not yet counted, one 16 working days old is. Enquiries are counted whenever they"
                + " started, in the window or before it. Also shown by Allocated Team (blank or rejected as"
                + " unallocated)."
                + WorkingDayCalendar.WITHIN_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "section 47 enquiries older than 15 working days with no conference and no decision that none is needed",
        window = "at the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE, ICPC_DATE, ICPC_UNNECESSARY, ALLOCATED_TEAM},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class Section47sWithoutOutcomeAfter15WorkingDays extends CountOfRecords {

    static final int WORKING_DAYS_ALLOWED = Timescales.ICPC_WORKING_DAYS;

    @Override
    protected boolean counts(TableRecord enquiry, IndicatorContext context) {
        LocalDate start = enquiry.date(S47_START_DATE);
        LocalDate periodEnd = context.period().periodEnd();
        if (start == null || start.isAfter(periodEnd)) {
            return false;
        }
        LocalDate conference = enquiry.date(ICPC_DATE);
        boolean conferenceHeld = conference != null && !conference.isAfter(periodEnd);
        return !conferenceHeld && !enquiry.is(ICPC_UNNECESSARY, "Yes")
                && !context.calendar().withinWorkingDays(start, periodEnd, WORKING_DAYS_ALLOWED);
    }
}
