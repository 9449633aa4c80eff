package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.chatbatch.job.JobRunner;
import uk.chatbatch.job.RunLock;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.jobfile.RunKey;
import uk.chatbatch.logging.RunLog;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.pipeline.ReadAhead;
import uk.chatbatch.pipeline.RunRequest;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the job once for one LA and period: ingest, indicators, report; or for several LAs"
                + " (a job file with las or inputs_by_la, or --inputs-by-la), a number of them at once.",
                "A failed run of the same LA and period restarts from its failed step; a completed one is not"
                        + " run again unless --replace is given."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "<job-file>", description = "A job file (YAML), e.g. jobs/sample-la.yml.")
    Path jobFile;

    @Mixin
    RunOptions options;

    /** Accepted as before; a run left "started" by a killed process is now recovered without it. */
    @Option(names = "--recover", description = "Not needed any more: a run left 'started' by a killed process is"
            + " detected and restarted from its unfinished step.")
    boolean recover;

    @Option(names = "--reset-job-repository", description = "Move a damaged or unwanted job repository aside and"
            + " start afresh; published outputs are kept, and the LA and period run again.")
    boolean resetJobRepository;

    @Option(names = "--replace", description = "Republish a completed LA and period from corrected inputs as its next"
            + " revision, swapped in once the whole run has succeeded; the replaced outputs are kept under"
            + " <output>/revisions/<LA>/<period>/. A failed replacement restarts with the same option.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        if (options.isRegion(jobFile)) {
            if (replace) {
                throw new JobFileException("--replace republishes one LA and period: run it for each LA to republish"
                        + " (run --la <code> --period-end <date> with that LA's corrected inputs --replace).");
            }
            return RegionRun.run(options.resolveRegion(jobFile), resetJobRepository);
        }
        // The key and inputs checked before anything is recorded or written: a refused run leaves no trace.
        RunKey.Checked checked = RunKey.check(options.resolve(jobFile), jobFile == null ? "command line"
                : jobFile.toString(), RunKey.LONDON);
        checked.notes().forEach(System.out::println);
        JobDefinition job = checked.job();
        RunLog.useOutputFolder(job.output());
        RunRequest request = toRequest(job);
        if (request.annexA().isEmpty() && request.ssda903().isEmpty() && request.cin().isEmpty()) {
            throw new JobFileException((jobFile == null ? "command line" : jobFile.toString()) + ": no input given;"
                    + " set inputs.annex_a, inputs.ssda903 or inputs.cin in the job file, or pass --annex-a, --ssda903"
                    + " or --cin.");
        }
        // The inputs are read ahead on the second core while this thread checks them, takes the lock and starts the
        // job repository and the job, for the ingest step to claim; nothing is written before the step.
        try (ReadAhead inputs = ReadAhead.offer(request)) {
            return run(job, request);
        }
    }

    private int run(JobDefinition job, RunRequest request) throws Exception {
        request.requireUsableInputs("LA " + request.laCode());
        System.out.println("Running " + job.name() + ": LA " + request.laCode() + " (" + request.laName()
                + (request.key().synthetic() ? ", a synthetic LA" : request.syntheticLa() ? ", synthetic data" : "")
                + "), period ending " + request.periodEnd());
        requireWritable(job.output());
        // The lock before Spring: a second launch of a running LA and period is refused at once.
        try (RunLock lock = RunLock.acquire(job.output(), request.key())) {
            if (resetJobRepository) {
                JobRepositoryReset.moveAside(job).ifPresent(aside -> System.out.println(
                        "The job repository was moved aside to " + aside + "; starting with a fresh one."));
            }
            try (ConfigurableApplicationContext context = JobContext.start(job)) {
                RunOutcome outcome = context.getBean(JobRunner.class).runHolding(request, lock, replace);
                return RunSummary.print(System.out, System.err, request, outcome);
            }
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println(e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        }
    }

    /** A read-only output folder is named before anything starts, rather than failing deep inside a step. */
    static void requireWritable(Path output) {
        try {
            Files.createDirectories(output);
            Files.delete(Files.createTempFile(output, ".write-check", ""));
        } catch (java.io.IOException | SecurityException e) {
            throw new JobFileException("Cannot write to the output folder " + output + ": it is read-only, full or"
                    + " not yours; give --output a folder you can write to, or fix its permissions.");
        }
    }

    static RunRequest toRequest(JobDefinition job) {
        return new RunRequest(new LaPeriod(job.laCode(), job.periodEnd().orElseThrow(() -> new JobFileException(
                RunKey.NO_PERIOD_END))), job.laName(),
                job.annexA(), job.ssda903(), job.cin(), job.output(), job.settings(), job.population(), job.region(),
                job.reports(), job.postcodeCentroids(), job.acceptOtherLaOrYear(), job.shareable(), 1, job.parquetCodec(),
                job.syntheticData());
    }
}
