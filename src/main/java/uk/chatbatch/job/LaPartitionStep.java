package uk.chatbatch.job;

import java.time.LocalDate;
import org.slf4j.MDC;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.pipeline.RunRequest;

/**
 * The worker of the region job's partitioned step: one LA. It takes that LA and period's {@link RunLock} and
 * runs the single-LA job for it ({@link JobRunner}), so the LA's outputs, restart from its failed step and
 * lock are exactly those of a run of that LA alone. Its partition's execution context holds the LA code and
 * period end (the partition's identity), and afterwards the id of the LA's own job execution.
 */
final class LaPartitionStep extends AbstractStep {

    static final String NAME = "la";
    static final String LA = "la";
    static final String PERIOD_END = "periodEnd";
    static final String LA_JOB_EXECUTION = "laJobExecutionId";
    static final String OUTCOME = "outcome";
    /** Puts "LA 391: " before each progress line of this LA's thread (logback.xml's %X{la}). */
    static final String LOG_PREFIX = "la";

    private final JobRunner laRunner;

    LaPartitionStep(JobRepository repository, JobRunner laRunner) {
        super(NAME);
        setJobRepository(repository);
        this.laRunner = laRunner;
    }

    @Override
    protected void doExecute(StepExecution step) throws Exception {
        ExecutionContext context = step.getExecutionContext();
        String la = context.getString(LA);
        LocalDate periodEnd = LocalDate.parse(context.getString(PERIOD_END));
        RunRequest request = RegionParameters.requestFor(la, step.getJobExecution().getJobParameters());
        MDC.put(LOG_PREFIX, "LA " + la + ": ");
        try {
            request.requireUsableInputs("LA " + la);
            try (RunLock lock = RunLock.acquire(request.output(), new LaPeriod(la, periodEnd))) {
                RunOutcome outcome = laRunner.runHolding(request, lock);
                outcome.execution().ifPresent(e -> context.putLong(LA_JOB_EXECUTION, e.getId()));
                context.putString(OUTCOME, outcome.kind().name());
                if (outcome.kind() == RunOutcome.Kind.FAILED || outcome.kind() == RunOutcome.Kind.ALREADY_RUNNING) {
                    Throwable cause = outcome.execution().flatMap(e -> e.getAllFailureExceptions().stream().findFirst())
                            .orElse(null);
                    throw new LaFailedException(outcome.message(), cause);
                }
            } catch (RunLock.AlreadyRunningException e) {
                context.putString(OUTCOME, RunOutcome.Kind.ALREADY_RUNNING.name());
                throw new LaFailedException(e.getMessage(), null);
            }
        } finally {
            MDC.remove(LOG_PREFIX);
        }
    }
}
