package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of a caseload at the period end (CP-01, CLA-01; population {@link PopulationRule#OPEN_AT_PERIOD_END}):
 * the source list's records open at the period end, counted as records, by DfE age band at the period end, by
 * gender and by the breakdowns the indicator adds (category of abuse, legal status). An indicator declares itself
 * by its constructor: the list's open rule and its own breakdowns.
 */
public abstract class CountOpenAtPeriodEnd extends CountOfRecords {

    private final BiPredicate<TableRecord, ReportingPeriod> openAtPeriodEnd;
    private final List<Breakdown<TableRecord>> alsoBy;

    @SafeVarargs
    protected CountOpenAtPeriodEnd(BiPredicate<TableRecord, ReportingPeriod> openAtPeriodEnd,
                                   Breakdown<TableRecord>... alsoBy) {
        this.openAtPeriodEnd = openAtPeriodEnd;
        this.alsoBy = List.of(alsoBy);
    }

    @Override
    protected final boolean counts(TableRecord record, IndicatorContext context) {
        return openAtPeriodEnd.test(record, context.period());
    }

    @Override
    protected final List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        List<Breakdown<TableRecord>> breakdowns = new ArrayList<>(
                List.of(Breakdown.ageBand(r -> context.period().periodEnd())));
        breakdowns.addAll(alsoBy);
        return breakdowns;
    }
}
