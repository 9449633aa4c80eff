package uk.chatbatch.report;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.indicators.IndicatorResult;

/**
 * The indicator results of one earlier run for the same LA, for the trend lines and the change since the
 * last period. Only whole-population values are used, so results read back from the indicators dataset
 * (without their drill-down) are enough.
 *
 * @param periodEnd  that run's period end
 * @param indicators its results, in any order; an indicator missing from an earlier run has a gap there
 * @param basis      what they rest on, to mark a period whose basis changed
 */
public record PeriodResults(LocalDate periodEnd, List<IndicatorResult> indicators, PeriodBasis basis) {

    public PeriodResults {
        indicators = List.copyOf(indicators);
    }

    /** Results whose basis is not known: no period is marked as changed. */
    public PeriodResults(LocalDate periodEnd, List<IndicatorResult> indicators) {
        this(periodEnd, indicators, PeriodBasis.UNKNOWN);
    }
}
