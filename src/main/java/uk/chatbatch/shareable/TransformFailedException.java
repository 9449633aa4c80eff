package uk.chatbatch.shareable;

/**
 * A privacy transform could not be applied, so the table it was for is not written. The message never quotes the
 * value (it may identify a child): only the column, the transform and what was wrong.
 */
public final class TransformFailedException extends IllegalStateException {

    public TransformFailedException(String message) {
        super(message);
    }
}
