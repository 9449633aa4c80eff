package uk.chatbatch.indicators;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexARecord;

/**
 * The shape of the "seen or visited in timescale" indicators (CIN-03, CP-08, CLA-18, CLA-20): of the records open
 * at the period end, the percentage whose last date (seen, visited, in contact) is on or after the earliest date
 * in time, a set number of working days, weeks or months before the period end. A blank last date is not in time
 * but stays in the denominator; one after the period end is a data error, left out of both.
 */
public abstract class PercentLastDatedWithin extends PercentOfRecords {

    /** Whether the record (episode, plan, child) is open at the period end. */
    protected abstract boolean openAtPeriodEnd(AnnexARecord record, IndicatorContext context);

    /** The last date seen, visited or in contact; null when blank. */
    protected abstract LocalDate lastDate(AnnexARecord record);

    /** The earliest last date that is in time. */
    protected abstract LocalDate earliestInTime(IndicatorContext context);

    @Override
    protected final boolean inDenominator(AnnexARecord record, IndicatorContext context) {
        LocalDate last = lastDate(record);
        return openAtPeriodEnd(record, context) && (last == null || !last.isAfter(context.period().periodEnd()));
    }

    @Override
    protected final boolean inNumerator(AnnexARecord record, IndicatorContext context) {
        LocalDate last = lastDate(record);
        return last != null && !last.isBefore(earliestInTime(context));
    }

    /** The earliest date within n working days before the period end (the working-day timescales). */
    protected static LocalDate workingDaysBeforePeriodEnd(IndicatorContext context, int workingDays) {
        return context.calendar().earliestWithinWorkingDaysOf(context.period().periodEnd(), workingDays);
    }
}
