package uk.chatbatch.indicators.adoption;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.IndicatorContext;

/**
 * The window of the adoption lists: dates D with T minus 12 months &lt; D &le; T, T being the period end
 * (../shared/reference/working-days.md section 4). Lists 10 and 11 hold the previous 12 months, not six.
 * Calendar-month arithmetic, so 29 February 2024 minus 12 months is 28 February 2023.
 */
public record LastTwelveMonths(LocalDate periodEnd) {

    public static final int MONTHS = 12;

    public static LastTwelveMonths of(IndicatorContext context) {
        return new LastTwelveMonths(context.period().periodEnd());
    }

    /** The day before the window's first day: excluded. */
    public LocalDate exclusiveStart() {
        return periodEnd.minusMonths(MONTHS);
    }

    public LocalDate firstDay() {
        return exclusiveStart().plusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && date.isAfter(exclusiveStart()) && !date.isAfter(periodEnd);
    }

    /** Month of the field's date within these 12 months (the first month is usually partial). */
    public Breakdown<AnnexARecord> month(String name, Field field) {
        return Breakdown.month(name, field, firstDay(), periodEnd);
    }
}
