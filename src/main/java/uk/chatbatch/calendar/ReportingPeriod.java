package uk.chatbatch.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period an indicator run reports on, anchored on the period end T.
 *
 * <p>The window is the six months ending on T: dates D with T minus 6 months &lt; D &le; T
 * (calendar-month arithmetic, so 31 August minus 6 months is 28 or 29 February).
 */
public record ReportingPeriod(LocalDate periodEnd) {

    public static final int WINDOW_MONTHS = 6;

    public ReportingPeriod {
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** The run's window: the six months ending on T. */
    public Window window() {
        return lastMonths(WINDOW_MONTHS);
    }

    /** The given number of whole calendar months ending on T (12 for the adoption lists and DfE's year measures). */
    public Window lastMonths(int months) {
        return Window.endingOn(periodEnd, months);
    }

    /** The day before the window's first day: excluded from the window. */
    public LocalDate windowExclusiveStart() {
        return window().exclusiveStart();
    }

    public LocalDate windowFirstDay() {
        return window().firstDay();
    }

    public boolean inWindow(LocalDate date) {
        return window().contains(date);
    }

    /** Open at T: started on or before T and not ended, or ended after T. */
    public boolean openAtEnd(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(periodEnd) && (end == null || end.isAfter(periodEnd));
    }
}
