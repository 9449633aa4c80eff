package uk.chatbatch.rollup;

import uk.chatbatch.ingest.InputException;

/** A roll-up's input or request that cannot be used: one sentence naming the folder, LA or value (exit code 2). */
public class RollupInputException extends InputException {

    public RollupInputException(String message) {
        super(message);
    }
}
