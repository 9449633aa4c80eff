package uk.chatbatch.disclosure;

/**
 * The small-number rule could not judge a figure (a negative count, a count larger than its base, a percentage
 * with no base, or a fault in the rule itself). Whoever publishes shareable output must then not publish it: the
 * privacy step fails closed.
 */
public final class DisclosureException extends IllegalStateException {

    private final String figure;

    public DisclosureException(String figure, String reason) {
        super(figure + ": " + reason);
        this.figure = figure;
    }

    public DisclosureException(String figure, String reason, Throwable cause) {
        super(figure + ": " + reason, cause);
        this.figure = figure;
    }

    /** The figure the rule stopped at, e.g. "CIN-06, gender". */
    public String figure() {
        return figure;
    }
}
