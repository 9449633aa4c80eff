package uk.chatbatch.indicators;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import uk.chatbatch.calendar.WorkingDayCalendar.DateOutsideCalendarException;

/**
 * Records whose answer depends on bank holidays the calendar does not hold (a date before 2010 or after its
 * last year, where the answer could change). Each is left out of the indicator, numerator and denominator,
 * and counted in its status message; the indicator itself is still computed from the rest.
 */
public final class UndecidedRecords {

    private int count;
    private String first;

    /** The answer, or empty when the calendar cannot give it for this record. */
    public <T> Optional<T> attempt(Supplier<T> answer) {
        try {
            return Optional.of(answer.get());
        } catch (DateOutsideCalendarException e) {
            leftOut(e);
            return Optional.empty();
        }
    }

    private void leftOut(DateOutsideCalendarException e) {
        count++;
        if (first == null) {
            first = e.getMessage();
        }
    }

    /**
     * Whether the record meets the condition, or null when the calendar cannot say for this record (counted as
     * {@link #attempt} counts it). For loops over every record: it makes no object per record.
     */
    public <R, C> Boolean test(BiPredicate<R, C> condition, R record, C context) {
        try {
            return condition.test(record, context);
        } catch (DateOutsideCalendarException e) {
            leftOut(e);
            return null;
        }
    }

    public int count() {
        return count;
    }

    /** The result with the count of records left out in its status message, when there were any. */
    public IndicatorResult noted(IndicatorResult result) {
        if (count == 0) {
            return result;
        }
        String note = count + (count == 1 ? " record was" : " records were") + " not computed and left out, because"
                + " the answer depends on bank holidays outside the calendar (the first: " + first + ")";
        return new IndicatorResult(result.metadata(), result.status(),
                result.message().isEmpty() ? note : result.message() + "; " + note, result.values(), result.counted());
    }
}
