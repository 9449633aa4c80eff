package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.ingest.InputException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.chatbatch.annexa.read.TabularSource;
import uk.chatbatch.job.JobRunner;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.pipeline.RunRequest;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the job once for one LA and period: ingest, indicators, report.",
                "A failed run of the same LA and period restarts from its failed step; a completed one is not"
                        + " run again."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "<job-file>", description = "A job file (YAML), e.g. jobs/sample-la.yml.")
    Path jobFile;

    @Mixin
    RunOptions options;

    @Option(names = "--recover", description = "Mark a run left 'started' by a killed process as failed, then restart it.")
    boolean recover;

    @Override
    public Integer call() throws Exception {
        JobDefinition job = options.resolve(jobFile);
        RunRequest request = toRequest(job);
        if (request.annexA().isEmpty() && request.ssda903().isEmpty() && request.cin().isEmpty()) {
            throw new JobFileException((jobFile == null ? "command line" : jobFile.toString()) + ": no input given;"
                    + " set inputs.annex_a, inputs.ssda903 or inputs.cin in the job file, or pass --annex-a, --ssda903"
                    + " or --cin.");
        }
        // Fail fast, before any job state is recorded, on a missing input or a file that is not a workbook.
        if (request.annexA().isPresent()) {
            TabularSource.open(request.annexA().get()).close();
        }
        for (Optional<Path> other : List.of(request.ssda903(), request.cin())) {
            if (other.isPresent() && !Files.exists(other.get())) {
                throw new InputException(other.get() + ": the input does not exist.");
            }
        }
        System.out.println("Running " + job.name() + ": LA " + request.laCode() + " (" + request.laName()
                + "), period ending " + request.periodEnd());
        try (ConfigurableApplicationContext context = JobContext.start(job)) {
            RunOutcome outcome = context.getBean(JobRunner.class).run(request, recover);
            return RunSummary.print(System.out, System.err, request, outcome);
        }
    }

    static RunRequest toRequest(JobDefinition job) {
        return new RunRequest(job.laCode(), job.laName(), job.periodEnd().orElseThrow(() -> new JobFileException(
                "No period end: give --period-end <yyyy-mm-dd> or period_end in the job file.")),
                job.annexA(), job.ssda903(), job.cin(), job.output(), job.settings(), job.population(), job.region(),
                job.reports(), job.postcodeCentroids(), job.acceptOtherLaOrYear(), job.shareable());
    }
}
