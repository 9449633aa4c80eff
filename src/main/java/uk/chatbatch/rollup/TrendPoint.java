package uk.chatbatch.rollup;

import uk.chatbatch.model.LaPeriod;

/** One LA's figure in one cell and period with the group's median beside it: a row of {@code benchmarking_trend}. */
public record TrendPoint(LaPeriod key, String indicatorId, String breakdown, String breakdownValue, Double value,
                         Boolean suppressed, Double groupMedian) {
}
