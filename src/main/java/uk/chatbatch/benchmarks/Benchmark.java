package uk.chatbatch.benchmarks;

/**
 * One published national or regional value to put beside an LA's figure.
 *
 * @param year   the year the value is for (year ending 31 March, as DfE publishes), or a span such as
 *               "2015-2018" for multi-year averages
 * @param unit   what the value measures, as the source states it (e.g. "percent of completed assessments",
 *               or "count of referrals in year", which is not comparable with a six-month LA count)
 * @param status published (DfE's own figure), derived (computed by us from DfE's published counts),
 *               published-secondary (DfE's figure as a press or committee summary quotes it), approx-unverified
 *               (a recollection to verify) or threshold (a target such as the adoption scorecard's)
 */
public record Benchmark(String indicatorId, String geography, String year, double value, String unit, String source,
                        String status, String note) {

    public static final String SECONDARY = "published-secondary";
    public static final String UNVERIFIED = "approx-unverified";
    public static final String THRESHOLD = "threshold";

    /** Quoted from a secondary source rather than DfE's own release. */
    public boolean isSecondary() {
        return SECONDARY.equals(status);
    }

    /** An approximate figure not checked against DfE's release: shown, never used to rate an LA. */
    public boolean isUnverified() {
        return UNVERIFIED.equals(status);
    }

    /** The last year the value covers, for choosing the latest. */
    public int lastYear() {
        return Integer.parseInt(year.substring(year.length() - 4));
    }
}
