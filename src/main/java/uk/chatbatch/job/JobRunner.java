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
        try (RunLock lock = RunLock.acquire(request.output(), request.laCode(), request.periodEnd())) {
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
        String what = "LA " + request.laCode() + ", period ending " + request.periodEnd();
        JobParameters parameters = JobParameterNames.toParameters(request);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
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
            return new RunOutcome(RunOutcome.Kind.ALREADY_COMPLETE, Optional.empty(), what
                    + ": already completed; nothing was run and its published outputs are unchanged.");
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, Optional.empty(), what
                    + ": a run is recorded as still running by a process using the same job repository.");
        }
    }
}
