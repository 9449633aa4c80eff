package uk.chatbatch.job;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;

/** How a request to run the job ended. */
public record RunOutcome(Kind kind, Optional<JobExecution> execution, String message) {

    public enum Kind {
        COMPLETED,
        FAILED,
        /** The LA and period already has a completed run; nothing was run. */
        ALREADY_COMPLETE,
        /** A run for the LA and period is recorded as still running. */
        ALREADY_RUNNING
    }
}
