package uk.chatbatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.scheduling.support.CronExpression;
import uk.chatbatch.jobfile.JobDefinition;

/**
 * Fires job files on their cron expressions, in Europe/London time, until interrupted. A firing
 * runs the job with the period end its rule derives from the firing date; whether that LA and period
 * has already completed is decided by the runner (the job repository), not here.
 */
public final class JobScheduler {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;
    private final List<JobDefinition> jobs;
    private final Consumer<JobDefinition> runner;
    private final Consumer<String> log;

    public JobScheduler(Clock clock, List<JobDefinition> jobs, Consumer<JobDefinition> runner, Consumer<String> log) {
        this.clock = clock;
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.log = log;
    }

    /** A job due at a time, with the period end that firing reports on. */
    public record Firing(JobDefinition job, ZonedDateTime at, LocalDate periodEnd) {
    }

    /** The next firing of every scheduled job strictly after the given time. */
    public List<Firing> nextFirings(ZonedDateTime after) {
        List<Firing> firings = new ArrayList<>();
        for (JobDefinition job : jobs) {
            job.schedule().ifPresent(s -> {
                ZonedDateTime next = CronExpression.parse(s.cron()).next(after.withZoneSameInstant(LONDON));
                if (next != null) {
                    firings.add(new Firing(job, next, s.periodEndRule().periodEndFor(next.toLocalDate())));
                }
            });
        }
        firings.sort((a, b) -> a.at().compareTo(b.at()));
        return firings;
    }

    public void runUntilInterrupted() {
        ZonedDateTime cursor = ZonedDateTime.now(clock).withZoneSameInstant(LONDON);
        for (Firing f : nextFirings(cursor)) {
            log.accept("Scheduled " + f.job().name() + " next at " + f.at() + " (period ending " + f.periodEnd() + ")");
        }
        while (!Thread.currentThread().isInterrupted()) {
            List<Firing> firings = nextFirings(cursor);
            if (firings.isEmpty()) {
                log.accept("No job has a future firing time; the scheduler stops.");
                return;
            }
            ZonedDateTime due = firings.get(0).at();
            try {
                sleepUntil(due);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (Firing f : firings) {
                if (f.at().equals(due)) {
                    log.accept("Firing " + f.job().name() + " for period ending " + f.periodEnd());
                    runner.accept(f.job().withPeriodEnd(f.periodEnd()));
                }
            }
            cursor = due;
        }
    }

    private void sleepUntil(ZonedDateTime due) throws InterruptedException {
        while (true) {
            long wait = Duration.between(ZonedDateTime.now(clock), due).toMillis();
            if (wait <= 0) {
                return;
            }
            Thread.sleep(Math.min(wait, 60_000));
        }
    }
}
