package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.assessment.MedianDaysOfRecords;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "S47-03M",
        title = "Median working days from strategy discussion to initial conference",
        definition = "Of the initial child protection conferences (ICPCs) in List 5 held in the six months ending on"
                + " the period end (the conferences S47-03 measures: any Date of Initial Child Protection Conference"
                + " in the window, whatever the answer to 'Was an ICPC deemed unnecessary?'), the median number of"
                + " working days from the Strategy discussion initiating Section 47 Enquiry Start Date to the"
                + " conference. Working days are Monday to Friday except England and Wales bank holidays, counted"
                + " from the day after the strategy discussion up to and including the conference. The numerator is"
                + " the number of conferences measured. A conference dated before its strategy discussion is a data"
                + " error and is left out. The median, and the lower and upper quartiles shown as the breakdown"
                + " quartile, follow Excel's MEDIAN and QUARTILE.INC (with an even number the median is the mean of"
                + " the middle two). The breakdown working days gives DfE's bands 0 to 10, 11 to 15 (both within the"
                + " 15-day timescale), 16 to 20 and 21 and over; each row has the conferences in the band as"
                + " numerator, all measured as denominator and the band's percentage as value."
                + WorkingDayCalendar.COUNT_OUTSIDE_THE_TABLE + " Records are counted, not children.",
        numerator = "ICPCs held in the window and measured",
        window = "six months ending on the period end",
        source = AnnexAList.SECTION_47,
        fields = {S47_START_DATE, ICPC_DATE},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.BND,
        breakdowns = {@By(value = MedianDaysOfRecords.QUARTILE, kind = BreakdownKind.QUARTILE),
                @By(value = "working days", kind = BreakdownKind.BANDS, bands = BandSet.ICPC_WORKING_DAYS)})
public class MedianWorkingDaysToIcpc extends MedianDaysOfRecords {


    @Override
    protected boolean measured(TableRecord enquiry, IndicatorContext context) {
        LocalDate strategyDiscussion = enquiry.date(S47_START_DATE);
        LocalDate conference = enquiry.date(ICPC_DATE);
        return context.period().inWindow(conference) && strategyDiscussion != null
                && !conference.isBefore(strategyDiscussion);
    }

    @Override
    protected int days(TableRecord enquiry, IndicatorContext context) {
        return context.calendar().workingDaysBetween(enquiry.date(S47_START_DATE), enquiry.date(ICPC_DATE));
    }
}
