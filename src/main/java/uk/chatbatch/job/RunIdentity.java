package uk.chatbatch.job;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.pipeline.RunRequest;

/**
 * Gives a job instance its run UUID and production time once, in the job execution context, saved before the
 * first step starts: every execution of the instance (a restart after a failure or a kill) writes the same
 * values in its files' footers, so a restarted step gives the same bytes as the step it replaces.
 */
final class RunIdentity implements JobExecutionListener {

    static final String RUN_UUID = "runUuid";
    static final String PRODUCED_AT = "producedAt";

    private final JobRepository repository;

    RunIdentity(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(RUN_UUID)) {
            return;
        }
        // A restart normally inherits the context; an earlier execution of the instance is the fallback.
        ExecutionContext earlier = repository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(e -> !Objects.equals(e.getId(), execution.getId()))
                .map(JobExecution::getExecutionContext)
                .filter(c -> c.containsKey(RUN_UUID))
                .findFirst().orElse(null);
        context.putString(RUN_UUID, earlier != null ? earlier.getString(RUN_UUID) : UUID.randomUUID().toString());
        context.putString(PRODUCED_AT, earlier != null ? earlier.getString(PRODUCED_AT) : Instant.now().toString());
        repository.updateExecutionContext(execution);
    }

    /** The footer values of the files a step of this job writes. */
    static DatasetProvenance provenance(StepExecution step, RunRequest request) {
        JobExecution job = step.getJobExecution();
        ExecutionContext context = job.getExecutionContext();
        return new DatasetProvenance(context.getString(RUN_UUID), job.getJobInstance().getInstanceId(), job.getId(),
                Instant.parse(context.getString(PRODUCED_AT)), request.key(),
                JobParameterNames.revision(job.getJobParameters()), IndicatorsDataset.CATALOGUE_VERSION,
                request.parquetCodec(), request.syntheticLa());
    }
}
