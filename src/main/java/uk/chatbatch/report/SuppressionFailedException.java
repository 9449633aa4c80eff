package uk.chatbatch.report;

/**
 * The shareable report could not apply its small-number rule to a figure, so it is not written at all:
 * the privacy step fails closed rather than letting an unchecked figure out.
 */
public final class SuppressionFailedException extends IllegalStateException {

    SuppressionFailedException(String message) {
        super("the shareable report was not written: " + message);
    }
}
