package uk.chatbatch.cli;

import uk.chatbatch.ingest.InputException;
import uk.chatbatch.jobfile.JobFileException;

/**
 * Process exit codes: 0 done (or already done), 1 anything else, 2 bad input or configuration, 3 done but a
 * shareable report or dataset withheld, 4 this LA and period is already running in another process, 5 some LAs
 * of a run of several failed.
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    /** The run completed and published everything but a shareable report or dataset, which its privacy step withheld. */
    static final int SHAREABLE_WITHHELD = 3;
    static final int ALREADY_RUNNING = 4;
    /** A run of several LAs in which at least one LA failed; the others' outputs are published. */
    static final int SOME_LAS_FAILED = 5;

    private ExitCodes() {
    }

    /** The problem a user can fix from its message alone, if that is what went wrong. */
    static Throwable userFacing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException || t instanceof JobFileException) {
                return t;
            }
        }
        return null;
    }
}
