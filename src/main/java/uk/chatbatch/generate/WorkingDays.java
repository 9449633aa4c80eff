package uk.chatbatch.generate;

import java.time.LocalDate;
import uk.chatbatch.calendar.WorkingDayCalendar;

/**
 * Working-day steps that never look past the period end: an event that would fall after T has not
 * happened yet at the extract, and the calendar is never asked about a day it might not cover.
 */
final class WorkingDays {

    private final WorkingDayCalendar calendar;
    private final LocalDate periodEnd;

    WorkingDays(WorkingDayCalendar calendar, LocalDate periodEnd) {
        this.calendar = calendar;
        this.periodEnd = periodEnd;
    }

    /** The n-th working day after start, or null when it would fall after the period end. */
    LocalDate plusOrNull(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.isAfter(periodEnd)) {
                return null;
            }
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day.isAfter(periodEnd) ? null : day;
    }

    /** The n-th working day after start, or start itself when that would fall after the period end. */
    LocalDate plusOrSame(LocalDate start, int n) {
        LocalDate day = plusOrNull(start, n);
        return day == null ? start : day;
    }

    /** The day if it is a working day, else the next one; the day itself when that would pass the period end. */
    LocalDate workingDayOnOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : plusOrSame(day, 1);
    }

    int between(LocalDate start, LocalDate end) {
        return calendar.workingDaysBetween(start, end);
    }
}
