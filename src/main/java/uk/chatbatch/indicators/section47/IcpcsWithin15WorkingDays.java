package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
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
        id = "S47-03",
        twin = "S47-03-CIN",
        headline = true,
        title = "Initial child protection conferences within 15 working days",
        definition = "Of the initial child protection conferences (ICPCs) held in the six months ending on the period"
                + " end (List 5 Date of Initial Child Protection Conference after the date six months before the"
                + " period end, up to and including the period end), the percentage held within 15 working days of"
                + " the strategy discussion that started the section 47 enquiry (Strategy discussion initiating"
                + " Section 47 Enquiry Start Date). Working days are Monday to Friday except England and Wales bank"
                + " holidays, counted from the day after the strategy discussion up to and including the conference:"
                + " a conference on the 15th working day is in time and one on the 16th is late. A conference dated"
                + " before its strategy discussion is a data error and is left out of both the numerator and the"
                + " denominator. Any conference date in the window counts as a conference held, whatever the answer"
                + " to 'Was an ICPC deemed unnecessary?'."
                + WorkingDayCalendar.WITHIN_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "ICPCs held in the window within 15 working days of the strategy discussion",
        denominator = "ICPCs held in the window, other than any dated before their strategy discussion",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE, ICPC_DATE, Field.ALLOCATED_TEAM},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By(value = "team", kind = BreakdownKind.STAFF)})
public class IcpcsWithin15WorkingDays extends PercentOfRecords {

    static final int WORKING_DAYS_ALLOWED = Timescales.ICPC_WORKING_DAYS;

    @Override
    protected boolean inDenominator(TableRecord enquiry, IndicatorContext context) {
        LocalDate strategyDiscussion = enquiry.date(S47_START_DATE);
        LocalDate conference = enquiry.date(ICPC_DATE);
        return context.period().inWindow(conference) && strategyDiscussion != null
                && !conference.isBefore(strategyDiscussion);
    }

    @Override
    protected boolean inNumerator(TableRecord enquiry, IndicatorContext context) {
        return context.calendar().withinWorkingDays(enquiry.date(S47_START_DATE), enquiry.date(ICPC_DATE),
                WORKING_DAYS_ALLOWED);
    }
}
