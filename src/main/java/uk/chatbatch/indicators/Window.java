package uk.chatbatch.indicators;

import java.time.LocalDate;
import uk.chatbatch.indicators.IndicatorContext;

/**
 * A window of whole calendar months ending on the period end T: dates D with T minus n months &lt; D &le; T
 * (../shared/reference/working-days.md section 4), so 31 March minus 12 months is 31 March of the year before,
 * which is outside. Calendar-month arithmetic: 29 February 2024 minus 12 months is 28 February 2023.
 */
public record Window(LocalDate exclusiveStart, LocalDate end, int months) {

    /** The run's own window, six months, as the Annex A indicators and ChAT use it. */
    public static Window sixMonths(IndicatorContext context) {
        return months(context, 6);
    }

    /** The 12 months DfE's in-year measures use when T is 31 March. */
    public static Window twelveMonths(IndicatorContext context) {
        return months(context, 12);
    }

    public static Window months(IndicatorContext context, int months) {
        LocalDate end = context.period().periodEnd();
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
