package uk.chatbatch.job;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import uk.chatbatch.output.RevisionSwap;
import uk.chatbatch.pipeline.RunRequest;

/**
 * A replacement's last step: swaps the outputs it wrote to its own folder into place, keeping the replaced ones
 * under {@code revisions/} ({@link RevisionSwap}). Restarted after a failure or a kill, it finishes the swap.
 */
final class ReplaceStep implements Tasklet {

    static final String STEP = "replace";
    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunRequest request = JobParameterNames.fromParameters(step.getJobExecution().getJobParameters());
        Optional<RevisionSwap.Result> swapped = new RevisionSwap(request.layout(), request.key(), request.revision()).swap(LocalDateTime.now(ZoneId.of("Europe/London")));
        swapped.ifPresent(result -> PROGRESS.info("Revision " + request.revision() + " published ("
                + result.published().size() + " dataset partitions and report folders); the replaced outputs are kept"
                + " in " + result.kept()));
        return RepeatStatus.FINISHED;
    }
}
