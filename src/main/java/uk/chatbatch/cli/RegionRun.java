package uk.chatbatch.cli;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import uk.chatbatch.job.RegionJobRunner;
import uk.chatbatch.job.RunLock;
import uk.chatbatch.jobfile.RegionJobDefinition;
import uk.chatbatch.logging.RunLog;
import uk.chatbatch.pipeline.RunRequest;

/** {@code run} for several LAs: one JVM, one job repository for the LA set and period, a number of LAs at once. */
final class RegionRun {

    private RegionRun() {
    }

    static int run(RegionJobDefinition region, boolean resetJobRepository) throws Exception {
        RunLog.useOutputFolder(region.output());
        List<RunRequest> requests = region.las().stream().map(RunCommand::toRequest).toList();
        int parallel = Math.min(region.parallelLasOrCores(), requests.size());
        // a synthetic LA's code, or a real LA's code with inputs declared synthetic (generate --las's region.yml)
        List<String> synthetic = requests.stream().filter(RunRequest::syntheticLa).map(RunRequest::laCode).toList();
        System.out.println("Running " + region.name() + ": " + requests.size()
                + (requests.size() == 1 ? " LA (" : " LAs (") + region.laCodes()
                + (synthetic.isEmpty() ? "" : "; synthetic data: " + String.join(",", synthetic)) + "), period ending "
                + region.periodEnd() + ", " + parallel + " at once");
        RunCommand.requireWritable(region.output());
        // The region's own lock keeps a second launch of the same LA set off its job repository file; each
        // LA's partition then takes that LA's lock, as a run of that LA alone would.
        try (RunLock lock = RunLock.acquire(region.output(), region.regionKey(), region.periodEnd())) {
            if (resetJobRepository) {
                JobRepositoryReset.moveAside(region.las().get(0)).ifPresent(aside -> System.out.println(
                        "The job repository was moved aside to " + aside + "; starting with a fresh one."));
            }
            try (ConfigurableApplicationContext context = JobContext.start(region.jobRepositoryUrl())) {
                RegionJobRunner.RegionOutcome outcome = context.getBean(RegionJobRunner.class)
                        .run(region.laCodes(), region.periodEnd(), requests, parallel);
                return RegionSummary.print(System.out, System.err, requests, outcome);
            }
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println(e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        }
    }
}
