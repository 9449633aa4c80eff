package uk.chatbatch.indicators.adopters;

import java.time.LocalDate;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of the two-stage adopter assessment timescales: of the stages ended in the 12 months, the
 * percentage ended within a number of calendar months of starting. In time when the end is on or before the
 * start plus the months (LocalDate.plusMonths, so 31 December plus 2 months is the end of February). A stage
 * with no start date, or ending before it started, is left out of both the numerator and the denominator.
 */
abstract class StageCompletedWithinMonths extends PercentOfRecords {

    private final Field start;
    private final Field end;
    private final int months;

    StageCompletedWithinMonths(Field start, Field end, int months) {
        this.start = start;
        this.end = end;
        this.months = months;
    }

    @Override
    protected boolean inDenominator(TableRecord adopter, IndicatorContext context) {
        LocalDate started = adopter.date(start);
        LocalDate ended = adopter.date(end);
        return context.period().lastMonths(12).contains(ended) && started != null && !ended.isBefore(started);
    }

    @Override
    protected boolean inNumerator(TableRecord adopter, IndicatorContext context) {
        return !adopter.date(end).isAfter(adopter.date(start).plusMonths(months));
    }
}
