package uk.chatbatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.job.JobRunner;
import uk.chatbatch.logging.RunLog;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.jobfile.JobFileLoader;
import uk.chatbatch.jobfile.RunKey;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.schedule.JobScheduler;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Runs every job file in the jobs folder on its own cron expression (Europe/London) until"
                + " stopped.", "The period end comes from the firing date by the job file's rule; a job already"
                + " completed for its LA and period is not run again."})
final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--jobs", paramLabel = "<dir>", defaultValue = "jobs",
            description = "Folder of job files (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        List<JobDefinition> all = JobFileLoader.loadAll(jobs);
        List<JobDefinition> scheduled = all.stream().filter(j -> j.schedule().isPresent()).toList();
        if (scheduled.isEmpty()) {
            throw new JobFileException(jobs + ": no job file has a schedule (key schedule.cron).");
        }
        // Each job's key checked at once, with the period end a firing today would give: a job that could never
        // run is refused now, not at its first firing.
        for (JobDefinition job : scheduled) {
            RunKey.check(job.withPeriodEnd(job.schedule().orElseThrow().periodEndRule()
                    .periodEndFor(LocalDate.now(RunKey.LONDON))), where(job), RunKey.LONDON);
        }
        JobScheduler scheduler = new JobScheduler(Clock.system(ZoneId.of("Europe/London")), scheduled,
                this::runOnce, System.out::println);
        scheduler.runUntilInterrupted();
        return ExitCodes.OK;
    }

    private String where(JobDefinition job) {
        return "job file " + job.name() + " in " + jobs;
    }

    private void runOnce(JobDefinition firing) {
        JobDefinition job;
        try {
            RunKey.Checked checked = RunKey.check(firing, where(firing), RunKey.LONDON);
            checked.notes().forEach(System.out::println);
            job = checked.job();
        } catch (JobFileException e) {
            System.err.println(firing.name() + " not run: " + e.getMessage());
            return;
        }
        RunRequest request = RunCommand.toRequest(job);
        RunLog.useOutputFolder(job.output());
        try (ConfigurableApplicationContext context = JobContext.start(job)) {
            JobRunner runner = context.getBean(JobRunner.class);
            if (runner.isComplete(request)) {
                System.out.println(job.name() + ": LA " + request.laCode() + ", period ending " + request.periodEnd()
                        + " already completed; not run again.");
                return;
            }
            RunOutcome outcome = runner.run(request);
            RunSummary.print(System.out, System.err, request, outcome);
        } catch (Exception e) {
            // One job's failure must not stop the scheduler; it is reported and the next firing goes ahead.
            System.err.println(job.name() + " failed: " + Failures.explain(e).message());
        }
    }
}
