package uk.chatbatch.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.chatbatch.output.RevisionSwap;
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.ReadAhead;
import uk.chatbatch.pipeline.RunRequest;

/**
 * Adapts one plain-Java stage to a Spring Batch step. The stage writes to staging and publishes on
 * success, so the step either publishes everything or nothing, and a restart starts it from scratch.
 */
final class StageTasklet implements Tasklet {

    /** The execution-context key listing what the step published, for the run summary. */
    static final String PUBLISHED = "published";
    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    @FunctionalInterface
    interface Stage {
        List<Path> run(RunRequest request, StepExecution step) throws Exception;
    }

    private final Stage stage;

    StageTasklet(Stage stage) {
        this.stage = stage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunRequest request = JobParameterNames.fromParameters(step.getJobExecution().getJobParameters());
        if (!IngestStage.STEP.equals(step.getStepName())) {
            // Ingest has run or was complete (a restart past it): inputs read ahead for it would only hold a core.
            ReadAhead.discard(request);
        }
        if (request.revision() > 1 && RevisionSwap.hasBegun(request.layout(), request.key(),
                request.revision())) {
            ReadAhead.discard(request);
            // Run again only because the job repository had not recorded its completion when the process was killed.
            PROGRESS.info("Step " + step.getStepName() + " of revision " + request.revision() + " had completed and"
                    + " its outputs are being swapped in; not run again.");
            step.getExecutionContext().putString(PUBLISHED, "");
            return RepeatStatus.FINISHED;
        }
        List<Path> published = stage.run(request, step);
        step.getExecutionContext().putString(PUBLISHED,
                String.join("\n", published.stream().map(Path::toString).toList()));
        return RepeatStatus.FINISHED;
    }
}
