package uk.chatbatch.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import uk.chatbatch.output.RevisionSwap;
import uk.chatbatch.pipeline.RunRequest;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts (or restarts) the job for one LA and period and says how it ended. */
@Component
public class JobRunner {

    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public JobRunner(JobOperator operator, JobRepository repository, Job chatJob) {
        this.operator = operator;
        this.repository = repository;
        this.job = chatJob;
    }

    public boolean isComplete(RunRequest request) {
        JobExecution last = repository.getLastJobExecution(job.getName(), JobParameterNames.toParameters(request));
        return last != null && last.getStatus() == BatchStatus.COMPLETED;
    }

    /**
     * Runs the job, holding this LA and period's {@link RunLock} throughout. A failed earlier run of the
     * same LA and period is restarted from its failed step; so is one left "started" by a killed process,
     * which holding the lock proves dead.
     */
    public RunOutcome run(RunRequest request) throws Exception {
        try (RunLock lock = RunLock.acquire(request.output(), request.key())) {
            return runHolding(request, lock);
        } catch (RunLock.AlreadyRunningException e) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, Optional.empty(), e.getMessage());
        }
    }

    /**
     * As {@link #run(RunRequest)}, for a caller that took this LA and period's lock before starting Spring.
     *
     * @param lock the caller's proof that it holds the lock, which it releases after this returns
     */
    public RunOutcome runHolding(RunRequest request, RunLock lock) throws Exception {
        return runHolding(request, lock, false);
    }

    /**
     * As {@link #runHolding(RunRequest, RunLock)}; with {@code replace}, a completed LA and period is run again as
     * its next revision, which is swapped into place only once the whole run has succeeded ({@link ReplaceStep}),
     * and a failed replacement is restarted as the same revision. Without it, a completed LA and period (in any
     * revision) is not run again, nor is a failed replacement restarted.
     */
    public RunOutcome runHolding(RunRequest request, RunLock lock, boolean replace) throws Exception {
        String what = request.key().toString();
        Latest latest = latest(request);
        RunRequest run = request;
        if (replace) {
            if (latest.execution() != null && latest.execution().getStatus() != BatchStatus.COMPLETED) {
                run = request.withRevision(latest.revision());
                if (latest.revision() == 1) {
                    PROGRESS.info(what + ": its first run did not complete, so there is nothing to replace yet;"
                            + " restarting that run.");
                } else {
                    PROGRESS.info(what + ": restarting the replacement (revision " + latest.revision()
                            + ") that did not complete.");
                }
            } else {
                int published = Math.max(latest.execution() == null ? 0 : latest.revision(),
                        RevisionSwap.highestKept(request.layout(), request.key()) + 1);
                if (published == 1 && latest.execution() == null && !anythingPublished(request)) {
                    PROGRESS.info(what + ": nothing is published to replace; running it for the first time.");
                } else {
                    run = request.withRevision(published + 1);
                    PROGRESS.info(what + ": replacing revision " + published + " with revision " + (published + 1)
                            + "; revision " + published + " stays published until the new one has completed.");
                }
            }
        } else if (latest.execution() != null && latest.revision() > 1
                && latest.execution().getStatus() != BatchStatus.COMPLETED) {
            boolean swapping = RevisionSwap.hasBegun(request.layout(), request.key(),
                    latest.revision());
            return new RunOutcome(RunOutcome.Kind.ALREADY_COMPLETE, Optional.empty(), what + ": the replacement by"
                    + " revision " + latest.revision() + " did not complete, so " + (swapping
                    ? "it stopped while swapping its outputs in" : "revision " + (latest.revision() - 1) + " is still published")
                    + " and nothing was run; to finish the replacement, run again with --replace.");
        } else if (latest.execution() != null && latest.execution().getStatus() == BatchStatus.COMPLETED) {
            return alreadyComplete(what, latest.revision());
        }
        JobParameters parameters = JobParameterNames.toParameters(run);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last == null && run.revision() > 1) {
            // A replacement starting afresh: what a run this job repository no longer knows left must not be swapped in.
            RevisionSwap.discardUnstartedPending(run.layout(), run.key(), run.revision());
        }
        if (last != null && last.isRunning()) {
            PROGRESS.info("The last run of " + what + " was interrupted (its process is gone): restarting it"
                    + " from its unfinished step.");
            operator.recover(last);
        }
        try {
            JobExecution execution = operator.start(job, parameters);
            boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
            return new RunOutcome(ok ? RunOutcome.Kind.COMPLETED : RunOutcome.Kind.FAILED, Optional.of(execution),
                    what + (ok ? ": completed." : ": " + execution.getStatus().name().toLowerCase() + "."));
        } catch (JobInstanceAlreadyCompleteException e) {
            return alreadyComplete(what, run.revision());
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, Optional.empty(), what
                    + ": a run is recorded as still running by a process using the same job repository.");
        }
    }

    private static RunOutcome alreadyComplete(String what, int revision) {
        return new RunOutcome(RunOutcome.Kind.ALREADY_COMPLETE, Optional.empty(), what
                + ": already completed" + (revision > 1 ? " (revision " + revision + ")" : "")
                + "; nothing was run and its published outputs are unchanged. To republish it from corrected inputs,"
                + " run again with --replace.");
    }

    /** The highest revision of this LA and period with a job instance (0 when none), and its last execution. */
    private record Latest(int revision, JobExecution execution) {
    }

    private Latest latest(RunRequest request) throws java.io.IOException {
        // Revisions are looked for past the highest one kept in the output folder too: a job repository set aside
        // after a replacement holds later revisions without the first.
        int kept = RevisionSwap.highestKept(request.layout(), request.key());
        Latest latest = new Latest(0, null);
        for (int revision = 1; ; revision++) {
            JobExecution last = repository.getLastJobExecution(job.getName(),
                    JobParameterNames.toParameters(request.withRevision(revision)));
            if (last != null) {
                latest = new Latest(revision, last);
            } else if (revision > kept + 1) {
                return latest;
            }
        }
    }

    /** Whether any output of this LA and period is published (from a run this job repository does not know). */
    private static boolean anythingPublished(RunRequest request) throws java.io.IOException {
        return RevisionSwap.isPublished(request.layout(), request.key());
    }
}
