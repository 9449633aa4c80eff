package uk.chatbatch.indicators;

/** How an indicator's value reads: a count (value = numerator), a percentage from 0 to 100, a rate, or days. */
public enum Unit {
    COUNT("count"),
    PERCENT("percent"),
    /** Per 10,000 children aged 0 to 17 in the LA. */
    RATE_PER_10000("per 10,000 children"),
    /** A mean or median, e.g. days from entering care to moving in with adopters. */
    DAYS("days");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    /** The value written to the indicators dataset's unit column. */
    public String label() {
        return label;
    }
}
