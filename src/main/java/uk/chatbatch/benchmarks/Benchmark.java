package uk.chatbatch.benchmarks;

/**
 * One published national or regional value to put beside an LA's figure.
 *
 * @param year   the year the value is for (year ending 31 March, as DfE publishes), or a span such as
 *               "2015-2018" for multi-year averages
 * @param unit   what the value measures, as the source states it (e.g. "percent of completed assessments",
 *               or "count of referrals in year", which is not comparable with a six-month LA count)
 * @param status published (DfE's own figure) or derived (computed by us from DfE's published counts)
 */
public record Benchmark(String indicatorId, String geography, String year, double value, String unit, String source,
                        String status, String note) {

    /** The last year the value covers, for choosing the latest. */
    public int lastYear() {
        return Integer.parseInt(year.substring(year.length() - 4));
    }
}
