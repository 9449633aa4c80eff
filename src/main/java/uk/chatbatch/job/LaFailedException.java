package uk.chatbatch.job;

/** One LA of a run of several failed; its cause, when there is one, is what failed inside that LA's job. */
public final class LaFailedException extends RuntimeException {

    LaFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
