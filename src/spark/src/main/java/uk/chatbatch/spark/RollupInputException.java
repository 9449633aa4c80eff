package uk.chatbatch.spark;

/** Input or options the roll-up cannot use; its message is one sentence for the console (exit code 2). */
final class RollupInputException extends RuntimeException {

    RollupInputException(String sentence) {
        super(sentence);
    }
}
