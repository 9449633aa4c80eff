package uk.chatbatch.rollup;

import java.time.LocalDate;

/** One LA's figure in one cell and period with the group's median beside it: a row of {@code benchmarking_trend}. */
public record TrendPoint(String laCode, String indicatorId, String breakdown, String breakdownValue,
                         LocalDate period, Double value, Boolean suppressed, Double groupMedian) {
}
