package uk.chatbatch.ingest;

/**
 * An input the run cannot use at all (a missing file, a file that is not a workbook, a workbook with
 * no recognisable list). The message is one sentence naming the file and what is wrong; the run stops
 * with a non-zero exit and publishes nothing.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }
}
