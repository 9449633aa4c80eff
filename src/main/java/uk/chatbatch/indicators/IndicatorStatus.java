package uk.chatbatch.indicators;

/** Whether an indicator was computed, and if not, why. Never a silent zero. */
public enum IndicatorStatus {
    COMPUTED("computed"),
    /** The source list was not in the input. */
    LIST_NOT_SUPPLIED("list not supplied"),
    /** The source list was present but could not be used (e.g. a required column is missing). */
    LIST_SKIPPED("list skipped"),
    /** A rate per 10,000 children: the job file gives no population aged 0 to 17. */
    POPULATION_NOT_CONFIGURED("population not configured"),
    /** A reference file the indicator needs (e.g. postcode centroids) is not named in the job file. */
    REFERENCE_NOT_CONFIGURED("reference data not configured"),
    /** A ratio whose denominator is zero: there were no cases to measure. */
    NO_CASES("no cases in the denominator"),
    /** The indicator's own code failed; the other indicators still ran. */
    FAILED("failed");

    private final String label;

    IndicatorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
