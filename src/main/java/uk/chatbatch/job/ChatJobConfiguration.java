package uk.chatbatch.job;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.pipeline.IndicatorStage;
import uk.chatbatch.pipeline.InParallel;
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.ShareableStage;

/**
 * The job: ingest, then indicators, then the reports beside the shareable datasets, and for a replacement
 * ({@code run --replace}) the swap of its outputs into place. Each step is a thin wrapper round a plain-Java stage.
 */
@Configuration
public class ChatJobConfiguration {

    public static final String JOB_NAME = "chatJob";
    private static final Logger PROGRESS = LoggerFactory.getLogger("uk.chatbatch.progress");

    @Bean
    @Lazy
    IndicatorCatalogue indicatorCatalogue() {
        return IndicatorCatalogue.discover();
    }

    @Bean
    Job chatJob(JobRepository repository, Step ingestStep, Step indicatorsStep, Step reportAndShareableStep,
            Step replaceStep) {
        // A replacement (revision 2 or more) wrote everything to its own folder; its last step swaps it in.
        JobExecutionDecider isReplacement = (execution, step) -> new FlowExecutionStatus(
                JobParameterNames.revision(execution.getJobParameters()) > 1 ? REPLACEMENT : FIRST_RUN);
        return new JobBuilder(JOB_NAME, repository).listener(new RunIdentity(repository)).start(ingestStep).next(indicatorsStep)
                .next(reportAndShareableStep).next(isReplacement).on(REPLACEMENT).to(replaceStep)
                .from(isReplacement).on(FIRST_RUN).end().end().build();
    }

    private static final String REPLACEMENT = "REPLACEMENT";
    private static final String FIRST_RUN = "FIRST_RUN";

    @Bean
    Step replaceStep(JobRepository repository, PlatformTransactionManager tm) {
        return new StepBuilder(ReplaceStep.STEP, repository).tasklet(new ReplaceStep(), tm).build();
    }

    @Bean
    Step ingestStep(JobRepository repository, PlatformTransactionManager tm) {
        IngestStage stage = new IngestStage(progress());
        return new StepBuilder(IngestStage.STEP, repository)
                .tasklet(new StageTasklet((request, step) -> stage.run(request, RunIdentity.provenance(step, request))),
                        tm).build();
    }

    @Bean
    Step indicatorsStep(JobRepository repository, PlatformTransactionManager tm,
            ObjectProvider<IndicatorCatalogue> catalogue) {
        // The catalogue is resolved when the step runs, not at start-up: a run that finds its LA and period
        // already completed never scans for indicators.
        return new StepBuilder(IndicatorStage.STEP, repository)
                .tasklet(new StageTasklet((request, step) -> new IndicatorStage(
                        new IndicatorEngine(catalogue.getObject()), progress()).run(request, step.getJobExecutionId(),
                        RunIdentity.provenance(step, request))),
                        tm)
                .build();
    }

    /** The step that draws the reports and writes the shareable datasets, side by side. */
    public static final String REPORT_AND_SHAREABLE = "report-and-shareable";

    /**
     * The reports and the shareable datasets, both read from what the earlier steps published, as one step whose
     * two parts run side by side on {@link InParallel}: the shareable part (one thread, about a second) runs while
     * the reports are drawn. Each part stages and publishes its own outputs, and both are waited for before a
     * failure is rethrown, so a part that fails never loses the other's outputs; a restart reruns the whole step.
     * It is one step, not a split flow, so that a run that failed here restarts both parts under the one step name.
     */
    @Bean
    Step reportAndShareableStep(JobRepository repository, PlatformTransactionManager tm,
            ObjectProvider<IndicatorCatalogue> catalogue) {
        return new StepBuilder(REPORT_AND_SHAREABLE, repository)
                .tasklet(new StageTasklet((request, step) -> {
                    IndicatorCatalogue definitions = catalogue.getObject();
                    List<InParallel.Task<List<Path>>> parts = List.of(
                            () -> new ReportStage(definitions, progress()).run(request,
                                    ZonedDateTime.now(ZoneId.of("Europe/London"))),
                            () -> new ShareableStage(definitions, progress()).run(request, step.getJobExecutionId(),
                                    RunIdentity.provenance(step, request)));
                    return InParallel.inOrder(parts).stream().flatMap(List::stream).toList();
                }), tm)
                .build();
    }

    private static Consumer<String> progress() {
        return PROGRESS::info;
    }
}
