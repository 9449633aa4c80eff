package uk.chatbatch.job;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import uk.chatbatch.pipeline.RunRequest;

/**
 * Runs several LAs for one period as one Spring Batch job with a partitioned step, one partition per LA, a
 * given number at once. Each partition runs the single-LA job for its LA ({@link LaPartitionStep}), so one
 * LA's failure fails that partition alone; the region job then ends failed, and its restart reruns only the
 * partitions that did not complete (Spring Batch skips completed partitions of a restarted partitioned step).
 */
@Component
public class RegionJobRunner {

    public static final String JOB_NAME = "regionJob";
    static final String STEP_NAME = "las";
    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    private final JobOperator operator;
    private final JobRepository repository;
    private final JobRunner laRunner;

    public RegionJobRunner(JobOperator operator, JobRepository repository, JobRunner laRunner) {
        this.operator = operator;
        this.repository = repository;
        this.laRunner = laRunner;
    }

    /**
     * How a region run ended, and for each LA (in code order) its latest partition: run now, or in an earlier
     * execution when it completed then and so was not run again.
     */
    public record RegionOutcome(RunOutcome.Kind kind, Optional<JobExecution> execution,
                                Map<String, Optional<StepExecution>> las, String message) {

        /** Whether this LA's partition ran in this launch. */
        public boolean ranNow(String laCode) {
            return execution.isPresent() && las.getOrDefault(laCode, Optional.empty())
                    .map(s -> s.getJobExecutionId() == execution.get().getId()).orElse(false);
        }
    }

    /**
     * Runs (or restarts) the region job. The caller holds the region's run lock; each partition takes its own
     * LA's lock.
     *
     * @param laCodes   the region's identity with the period end: the DfE codes, comma-separated, in order
     * @param las       each LA's single-LA request, in the same order
     * @param parallel  how many LAs run at once
     */
    public RegionOutcome run(String laCodes, LocalDate periodEnd, List<RunRequest> las, int parallel) throws Exception {
        JobParameters parameters = RegionParameters.toParameters(laCodes, periodEnd, las);
        String what = las.size() + " LAs, period ending " + periodEnd;
        JobExecution last = repository.getLastJobExecution(JOB_NAME, parameters);
        if (last != null && last.isRunning()) {
            PROGRESS.info("The last run of these " + what + " was interrupted (its process is gone): restarting"
                    + " the LAs that had not completed.");
            operator.recover(last);
        }
        Job job = regionJob(las.stream().map(RunRequest::laCode).toList(), periodEnd, parallel);
        try {
            JobExecution execution = operator.start(job, parameters);
            boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
            return new RegionOutcome(ok ? RunOutcome.Kind.COMPLETED : RunOutcome.Kind.FAILED, Optional.of(execution),
                    latestPartitions(execution, las), what + (ok ? ": completed." : ": "
                    + execution.getStatus().name().toLowerCase() + "."));
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution done = repository.getLastJobExecution(JOB_NAME, parameters);
            return new RegionOutcome(RunOutcome.Kind.ALREADY_COMPLETE, Optional.empty(),
                    latestPartitions(done, las), what
                    + ": already completed; nothing was run and the published outputs are unchanged.");
        } catch (JobExecutionAlreadyRunningException e) {
            return new RegionOutcome(RunOutcome.Kind.ALREADY_RUNNING, Optional.empty(), Map.of(), what
                    + ": a run is recorded as still running by a process using the same job repository.");
        }
    }

    /** Each LA's partition in this execution (with its failure in memory), or else its latest earlier one. */
    private Map<String, Optional<StepExecution>> latestPartitions(JobExecution execution, List<RunRequest> las) {
        JobInstance instance = execution.getJobInstance();
        Map<String, Optional<StepExecution>> result = new LinkedHashMap<>();
        for (RunRequest la : las) {
            String name = LaPartitionStep.NAME + ":" + la.laCode();
            Optional<StepExecution> now = execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals(name)).findFirst();
            result.put(la.laCode(), now.or(() -> Optional.ofNullable(repository.getLastStepExecution(instance, name))));
        }
        return result;
    }

    /** Built per launch, since the partitions are the launch's LAs. */
    private Job regionJob(List<String> laCodes, LocalDate periodEnd, int parallel) {
        Partitioner onePerLa = gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (String la : laCodes) {
                ExecutionContext context = new ExecutionContext();
                context.putString(LaPartitionStep.LA, la);
                context.putString(LaPartitionStep.PERIOD_END, periodEnd.toString());
                partitions.put(la, context);
            }
            return partitions;
        };
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("la-");
        // At most this many LAs at once; submitting the next waits for a free slot.
        threads.setConcurrencyLimit(parallel);
        TaskExecutorPartitionHandler handler = new InCodeOrder();
        handler.setStep(new LaPartitionStep(repository, laRunner));
        handler.setTaskExecutor(threads);
        handler.setGridSize(laCodes.size());
        Step eachLa = new StepBuilder(STEP_NAME, repository).partitioner(LaPartitionStep.NAME, onePerLa)
                .partitionHandler(handler).build();
        return new JobBuilder(JOB_NAME, repository).start(eachLa).build();
    }

    /** Starts the partitions in LA code order, so with one at a time they run in the order listed. */
    private static final class InCodeOrder extends TaskExecutorPartitionHandler {
        @Override
        protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
            return super.doHandle(manager, partitions.stream().sorted(Comparator.comparing(StepExecution::getStepName))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }
}
