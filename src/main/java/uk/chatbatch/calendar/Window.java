package uk.chatbatch.calendar;

import java.time.LocalDate;

/**
 * A window of whole calendar months ending on a day T: dates D with T minus n months &lt; D &le; T
 * (../shared/reference/working-days.md section 4), so 31 March minus 12 months is 31 March of the year before,
 * which is outside. Calendar-month arithmetic: 29 February 2024 minus 12 months is 28 February 2023. The run's
 * six months ({@link ReportingPeriod#window()}), the adoption lists' 12 and DfE's year-based measures are all one.
 */
public record Window(LocalDate exclusiveStart, LocalDate end, int months) {

    public static Window endingOn(LocalDate end, int months) {
        return new Window(end.minusMonths(months), end, months);
    }

    public LocalDate firstDay() {
        return exclusiveStart.plusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && date.isAfter(exclusiveStart) && !date.isAfter(end);
    }

    /** Whether something from start to end (the day it ended; null while open) touches the window. */
    public boolean overlaps(LocalDate start, LocalDate endDay) {
        return start != null && !start.isAfter(end) && (endDay == null || endDay.isAfter(exclusiveStart));
    }
}
