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

/** Starts (or restarts) the job for one LA and period and says how it ended. */
@Component
public class JobRunner {

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
     * Runs the job. A failed earlier run of the same LA and period is restarted from its failed step.
     *
     * @param recover mark a run left "started" by a killed process as failed first, so it can restart
     */
    public RunOutcome run(RunRequest request, boolean recover) throws Exception {
        JobParameters parameters = JobParameterNames.toParameters(request);
        String what = "LA " + request.laCode() + ", period ending " + request.periodEnd();
        if (recover) {
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
            if (last != null && last.isRunning()) {
                operator.recover(last);
            }
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
                    + ": a run is recorded as still running. If no other run is active (the last one was killed),"
                    + " run again with --recover.");
        }
    }
}
