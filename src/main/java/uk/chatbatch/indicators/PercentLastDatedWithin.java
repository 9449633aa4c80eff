package uk.chatbatch.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Recency;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of the "seen or visited in timescale" indicators (CIN-03, CP-08, CLA-18, CLA-20): of the records open
 * at the period end, the percentage whose last date (seen, visited, in contact) is on or after the earliest date
 * in time, a setting's number of working days, weeks or months before the period end. A blank last date is not in
 * time but stays in the denominator; one after the period end is a data error, left out of both. An indicator
 * declares itself by its constructor: which records are open, the last date, the timescale and its breakdowns.
 */
public abstract class PercentLastDatedWithin extends PercentOfRecords {

    private final BiPredicate<TableRecord, ReportingPeriod> openAtPeriodEnd;
    private final Field lastDate;
    private final Recency unit;
    private final IndicatorSetting within;
    private final List<Breakdown<TableRecord>> breakdowns;

    /**
     * @param openAtPeriodEnd whether the record (episode, plan, child) is open at the period end
     * @param lastDate        the last date seen, visited or in contact
     * @param unit            the unit the setting counts in
     * @param within          the setting holding how many units before the period end are in time
     */
    @SafeVarargs
    protected PercentLastDatedWithin(BiPredicate<TableRecord, ReportingPeriod> openAtPeriodEnd, Field lastDate,
                                     Recency unit, IndicatorSetting within, Breakdown<TableRecord>... breakdowns) {
        this.openAtPeriodEnd = openAtPeriodEnd;
        this.lastDate = lastDate;
        this.unit = unit;
        this.within = within;
        this.breakdowns = List.of(breakdowns);
    }

    @Override
    protected final boolean inDenominator(TableRecord record, IndicatorContext context) {
        LocalDate last = record.date(lastDate);
        return openAtPeriodEnd.test(record, context.period())
                && (last == null || !last.isAfter(context.period().periodEnd()));
    }

    @Override
    protected final boolean inNumerator(TableRecord record, IndicatorContext context) {
        LocalDate last = record.date(lastDate);
        return last != null && !last.isBefore(
                unit.earliestWithin(context.setting(within), context.period().periodEnd(), context.calendar()));
    }

    @Override
    protected final List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return breakdowns;
    }
}
