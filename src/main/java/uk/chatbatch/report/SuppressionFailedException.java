package uk.chatbatch.report;

import uk.chatbatch.disclosure.DisclosureException;

/**
 * The shareable report could not apply its small-number rule to a figure, so it is not written at all:
 * the privacy step fails closed rather than letting an unchecked figure out.
 */
public final class SuppressionFailedException extends IllegalStateException {

    private final String figure;
    private final String reason;

    SuppressionFailedException(DisclosureException cause) {
        super("the shareable report was not written: " + cause.getMessage(), cause);
        this.figure = cause.figure();
        this.reason = cause.reason();
    }

    /** Why the rule could not judge the figure. */
    public String reason() {
        return reason;
    }

    /** The figure the rule stopped at, e.g. "CIN-06, gender". */
    public String figure() {
        return figure;
    }
}
