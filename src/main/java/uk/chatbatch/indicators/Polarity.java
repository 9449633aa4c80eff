package uk.chatbatch.indicators;

/** Whether a higher value is better (../shared/reference/indicators.md "Pol." column). */
public enum Polarity {
    HIGHER_IS_BETTER("higher is better"),
    LOWER_IS_BETTER("lower is better"),
    /** No good direction: read against comparators. */
    CONTEXTUAL("contextual: read against comparators"),
    /** Both very low and very high are concerning. */
    IN_A_BAND("within a band: very low and very high both concerning");

    private final String description;

    Polarity(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
