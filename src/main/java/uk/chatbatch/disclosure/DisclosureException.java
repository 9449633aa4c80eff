package uk.chatbatch.disclosure;

/**
 * The small-number rule could not judge a figure (a negative count, a count larger than its base, a percentage
 * with no base, or a fault in the rule itself). Whoever publishes shareable output must then not publish it: the
 * privacy step fails closed.
 */
public final class DisclosureException extends IllegalStateException {

    private final String figure;
    private final String reason;

    public DisclosureException(String figure, String reason) {
        this(figure, reason, null);
    }

    public DisclosureException(String figure, String reason, Throwable cause) {
        super(figure + ": " + reason, cause);
        this.figure = figure;
        this.reason = reason;
    }

    /** Why the rule could not judge it, e.g. "a negative count (-1) for male". */
    public String reason() {
        return reason;
    }

    /** The figure the rule stopped at, e.g. "CIN-06, gender". */
    public String figure() {
        return figure;
    }
}
