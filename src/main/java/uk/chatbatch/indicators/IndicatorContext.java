package uk.chatbatch.indicators;

import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.calendar.WorkingDayCalendar;

/** What every indicator may depend on besides the rows: the period and the working-day calendar. */
public record IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar) {

    public static IndicatorContext forPeriodEnd(java.time.LocalDate periodEnd) {
        return new IndicatorContext(new ReportingPeriod(periodEnd), WorkingDayCalendar.englandAndWales());
    }
}
