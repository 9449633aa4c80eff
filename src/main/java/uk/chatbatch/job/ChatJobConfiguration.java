package uk.chatbatch.job;

import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.ShareableStage;

/**
 * The job: ingest, then indicators, then report, then the shareable datasets, and for a replacement
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
    Job chatJob(JobRepository repository, Step ingestStep, Step indicatorsStep, Step reportStep, Step shareableStep,
            Step replaceStep) {
        // A replacement (revision 2 or more) wrote everything to its own folder; its last step swaps it in.
        JobExecutionDecider isReplacement = (execution, step) -> new FlowExecutionStatus(
                JobParameterNames.revision(execution.getJobParameters()) > 1 ? REPLACEMENT : FIRST_RUN);
        return new JobBuilder(JOB_NAME, repository).listener(new RunIdentity(repository)).start(ingestStep).next(indicatorsStep).next(reportStep)
                .next(shareableStep).next(isReplacement).on(REPLACEMENT).to(replaceStep)
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

    @Bean
    Step reportStep(JobRepository repository, PlatformTransactionManager tm,
            ObjectProvider<IndicatorCatalogue> catalogue) {
        return new StepBuilder(ReportStage.STEP, repository)
                .tasklet(new StageTasklet((request, step) -> new ReportStage(catalogue.getObject(), progress()).run(request,
                        ZonedDateTime.now(ZoneId.of("Europe/London")))), tm)
                .build();
    }

    @Bean
    Step shareableStep(JobRepository repository, PlatformTransactionManager tm,
            ObjectProvider<IndicatorCatalogue> catalogue) {
        return new StepBuilder(ShareableStage.STEP, repository)
                .tasklet(new StageTasklet((request, step) -> new ShareableStage(catalogue.getObject(), progress())
                        .run(request, step.getJobExecutionId(),
                        RunIdentity.provenance(step, request))), tm)
                .build();
    }

    private static Consumer<String> progress() {
        return PROGRESS::info;
    }
}
