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

    /** The day before the window's first day: excluded from the window. */
    public LocalDate windowExclusiveStart() {
        return periodEnd.minusMonths(WINDOW_MONTHS);
    }

    public LocalDate windowFirstDay() {
        return windowExclusiveStart().plusDays(1);
    }

    public boolean inWindow(LocalDate date) {
        return date != null && date.isAfter(windowExclusiveStart()) && !date.isAfter(periodEnd);
    }

    /** Open at T: started on or before T and not ended, or ended after T. */
    public boolean openAtEnd(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(periodEnd) && (end == null || end.isAfter(periodEnd));
    }
}
