package uk.chatbatch.indicators;

/** How an indicator's value reads: a count (value = numerator) or a percentage from 0 to 100. */
public enum Unit {
    COUNT("count"),
    PERCENT("percent");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    /** The value written to the indicators dataset's unit column. */
    public String label() {
        return label;
    }
}
