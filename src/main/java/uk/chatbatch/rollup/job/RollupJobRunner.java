package uk.chatbatch.rollup.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import uk.chatbatch.rollup.RegionalPdf;
import uk.chatbatch.rollup.Rollup;
import uk.chatbatch.rollup.RollupSelection;

/**
 * The roll-up as a Spring Batch job of two steps: {@code datasets} (the benchmarking datasets, published together)
 * and {@code report} (the regional PDF from the published benchmarking dataset; a PDF that cannot be drawn is
 * noted and does not fail the job, since the datasets stand on their own). Identified by group, latest period and
 * the inputs' fingerprint ({@link RollupParameters}).
 */
@Component
public class RollupJobRunner {

    public static final String JOB_NAME = "rollupJob";
    /** The report step's execution-context key: the PDF's path, or why it was not drawn. */
    static final String PDF = "pdf";
    static final String PDF_NOT_DRAWN = "pdfNotDrawn";
    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    /** How the launch ended; for a completed job, the rows written and where the PDF went (or why it did not). */
    public record Outcome(Kind kind, long rows, Optional<Path> pdf, Optional<String> pdfNotDrawn, String message) {
        public enum Kind { COMPLETED, ALREADY_COMPLETE, FAILED, ALREADY_RUNNING }
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;

    public RollupJobRunner(JobOperator operator, JobRepository repository, PlatformTransactionManager transactions) {
        this.operator = operator;
        this.repository = repository;
        this.transactions = transactions;
    }

    public Outcome run(RollupSelection selection, List<Path> from, Path output) throws Exception {
        JobParameters parameters = RollupParameters.toParameters(selection, from, output);
        String what = "group " + selection.group().id() + ", periods up to " + selection.latestPeriod();
        JobExecution last = repository.getLastJobExecution(JOB_NAME, parameters);
        if (last != null && last.isRunning()) {
            // the caller holds the group's lock, so the process that left it running is gone
            PROGRESS.info("The last roll-up of " + what + " was interrupted: running it again.");
            operator.recover(last);
        }
        try {
            JobExecution execution = operator.start(job(), parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return new Outcome(Outcome.Kind.FAILED, 0, Optional.empty(), Optional.empty(), what + ": "
                        + execution.getStatus().name().toLowerCase() + ".");
            }
            long rows = 0;
            Optional<Path> pdf = Optional.empty();
            Optional<String> notDrawn = Optional.empty();
            for (StepExecution step : execution.getStepExecutions()) {
                rows += step.getStepName().equals("datasets") ? step.getWriteCount() : 0;
                if (step.getExecutionContext().containsKey(PDF)) {
                    pdf = Optional.of(Path.of(step.getExecutionContext().getString(PDF)));
                }
                if (step.getExecutionContext().containsKey(PDF_NOT_DRAWN)) {
                    notDrawn = Optional.of(step.getExecutionContext().getString(PDF_NOT_DRAWN));
                }
            }
            return new Outcome(Outcome.Kind.COMPLETED, rows, pdf, notDrawn, what + ": completed.");
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome(Outcome.Kind.ALREADY_COMPLETE, 0, Optional.empty(), Optional.empty(), what
                    + ": already rolled up from these same inputs; nothing was run and the published outputs are"
                    + " unchanged.");
        } catch (JobExecutionAlreadyRunningException e) {
            return new Outcome(Outcome.Kind.ALREADY_RUNNING, 0, Optional.empty(), Optional.empty(), what
                    + ": a roll-up is recorded as still running by a process using the same job repository.");
        }
    }

    private Job job() {
        Step datasets = new StepBuilder("datasets", repository).tasklet((contribution, context) -> {
            JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
            Rollup.Result result = Rollup.run(RollupParameters.selection(p), RollupParameters.output(p),
                    m -> PROGRESS.info("Rollup: " + m));
            contribution.incrementWriteCount(result.rows());
            return RepeatStatus.FINISHED;
        }, transactions).build();
        Step report = new StepBuilder("report", repository).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            JobParameters p = step.getJobParameters();
            RegionalPdf.Drawn drawn = RegionalPdf.draw(RollupParameters.output(p),
                    p.getString(RollupParameters.GROUP_ID), p.getLocalDate(RollupParameters.PERIOD));
            drawn.pdf().ifPresent(pdf -> step.getExecutionContext().putString(PDF, pdf.toString()));
            drawn.notDrawn().ifPresent(why -> step.getExecutionContext().putString(PDF_NOT_DRAWN, why));
            drawn.partsNotDrawn().forEach(part -> PROGRESS.info("Regional PDF: a part could not be drawn: " + part));
            return RepeatStatus.FINISHED;
        }, transactions).build();
        return new JobBuilder(JOB_NAME, repository).start(datasets).next(report).build();
    }
}
