package uk.chatbatch.calendar;

import java.time.LocalDate;

/**
 * The units of a "last seen, visited or in contact within N ..." timescale (CIN-03, CP-08, CLA-18, CLA-20): working
 * days, weeks or calendar months before a day. Held once so every such indicator finds its earliest date in time
 * the same way.
 */
public enum Recency {
    /** Working days counted from the day after the last date up to and including the day (0 on the day itself). */
    WORKING_DAYS,
    /** Whole weeks: exactly N weeks before the day is in time. */
    WEEKS,
    /** Calendar months, end-of-month clamped (31 March minus 6 months is 30 September). */
    MONTHS;

    /** The earliest date that is still within n of these units before the day. */
    public LocalDate earliestWithin(int n, LocalDate day, WorkingDayCalendar calendar) {
        return switch (this) {
            case WORKING_DAYS -> calendar.earliestWithinWorkingDaysOf(day, n);
            case WEEKS -> day.minusWeeks(n);
            case MONTHS -> day.minusMonths(n);
        };
    }
}
