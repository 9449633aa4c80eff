package uk.chatbatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.PeriodEndRule;

class JobSchedulerTest {

    private static JobDefinition job(String name, String cron, PeriodEndRule rule) {
        return new JobDefinition(name, "999", "Test", Optional.empty(),
                Optional.of(new JobDefinition.Schedule(cron, rule)), Optional.of(Path.of("a.xlsx")), Optional.empty(),
                Optional.empty(),
                Path.of("output"), Optional.empty(), IndicatorSettings.defaults(), Population.notConfigured(),
                Optional.empty(), uk.chatbatch.pipeline.RunRequest.DEFAULT_REPORTS, Optional.empty());
    }

    @Test
    void eachJobFiresOnItsOwnCronInLondonTimeWithItsDerivedPeriodEnd() {
        JobDefinition monthly = job("monthly", "0 0 6 2 * *", PeriodEndRule.LAST_DAY_OF_PREVIOUS_MONTH);
        JobDefinition daily = job("daily", "0 30 7 * * MON-FRI", PeriodEndRule.PREVIOUS_DAY);
        JobScheduler scheduler = new JobScheduler(Clock.systemUTC(), List.of(monthly, daily), j -> { }, m -> { });

        // 1 October 2026 is a Thursday in British Summer Time (UTC+1).
        ZonedDateTime now = ZonedDateTime.of(2026, 10, 1, 23, 0, 0, 0, JobScheduler.LONDON);
        List<JobScheduler.Firing> next = scheduler.nextFirings(now);
        assertThat(next).extracting(f -> f.job().name()).containsExactly("monthly", "daily");
        assertThat(next.get(0).at()).isEqualTo(ZonedDateTime.of(2026, 10, 2, 6, 0, 0, 0, JobScheduler.LONDON));
        assertThat(next.get(0).at().getOffset().getTotalSeconds()).as("BST").isEqualTo(3600);
        assertThat(next.get(0).periodEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(next.get(1).periodEnd()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aDueFiringRunsTheJobWithThePeriodEndFilledIn() throws Exception {
        List<JobDefinition> ran = new ArrayList<>();
        // A clock already past the first firing, so the scheduler does not sleep.
        JobDefinition everySecond = job("fast", "* * * * * *", PeriodEndRule.PREVIOUS_DAY);
        Thread thread = new Thread(() -> new JobScheduler(Clock.systemUTC(), List.of(everySecond), j -> {
            ran.add(j);
            Thread.currentThread().interrupt();
        }, m -> { }).runUntilInterrupted());
        thread.start();
        thread.join(5_000);
        assertThat(ran).singleElement().satisfies(j ->
                assertThat(j.periodEnd()).contains(LocalDate.now(JobScheduler.LONDON).minusDays(1)));
    }
}
