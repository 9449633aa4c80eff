package uk.chatbatch.compact;

import uk.chatbatch.ingest.InputException;

/** A per-LA file that cannot be compacted: one sentence naming the dataset, period and file (exit code 2). */
public class CompactInputException extends InputException {

    public CompactInputException(String message) {
        super(message);
    }
}
