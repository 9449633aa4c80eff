package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a user meets it: a run whose LA, period end or input cannot be right is refused in one sentence with exit
 * code 2, before anything is recorded or written: the output folder is not even created.
 */
class RunKeyRefusedTest {

    private static final String SAMPLE = "input/sample/annex-a-sample.xlsx";

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("output");
    }

    private CapturedOutput run(String... args) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        all.addAll(List.of("--output", output().toString()));
        return CapturedOutput.launch(all.toArray(String[]::new));
    }

    private void assertRefused(CapturedOutput result, String message) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err().strip()).as("one sentence, no stack trace").isEqualTo(message);
        assertThat(result.out()).doesNotContain("Running");
        assertThat(output()).as("nothing written or recorded: no output folder, no job repository").doesNotExist();
    }

    @Test
    void threeDigitsThatAreNoLasCode() {
        assertRefused(run("--la", "051", "--period-end", "2026-09-30", "--annex-a", SAMPLE), "command line: LA code"
                + " '051' is not an English LA in the bundled DfE table; give an LA's DfE three-digit code such as 391"
                + " or its ONS code such as E08000021 (or 990 to 999 for a synthetic LA).");
    }

    @Test
    void aRealCodeNotInForceOnThePeriodEnd() {
        assertRefused(run("--la", "928", "--period-end", "2022-03-31", "--annex-a", SAMPLE), "command line: LA code"
                + " '928' (Northamptonshire) was not in force on the period end 2022-03-31 (in force 2009-01-01 to"
                + " 2021-03-31); give the code of the LA in force then (or 990 to 999 for a synthetic LA).");
    }

    @Test
    void periodEndsBefore2010OrMoreThanAYearAhead() {
        CapturedOutput early = run("--la", "999", "--period-end", "1800-03-31", "--annex-a", SAMPLE);
        assertThat(early.err()).startsWith("command line: period end 1800-03-31 is before 2010-04-01, the earliest the"
                + " product takes; give a period end from 2010-04-01 to ");
        assertRefused(early, early.err().strip());
        CapturedOutput late = run("--la", "999", "--period-end", "9999-12-31", "--annex-a", SAMPLE);
        assertThat(late.err()).startsWith("command line: period end 9999-12-31 is more than a year after today (");
        assertRefused(late, late.err().strip());
    }

    @Test
    void aJobFilesLaCodeIsCheckedAtThePeriodEndTheCommandLineGives() throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), "la_code: E06000065\nperiod_end: 2026-09-30\n"
                + "inputs: {annex_a: " + SAMPLE + "}\n");
        assertRefused(run(job.toString(), "--period-end", "2022-03-31"), job + ": ONS code 'E06000065' (North"
                + " Yorkshire) came into force on 2023-04-01, after the period end 2022-03-31; give E10000023, its ONS"
                + " code then, or its DfE code 815.");
    }

    @Test
    void aFifoAsAnnexAIsRefusedAtOnceNotRead() throws Exception {
        Path fifo = dir.resolve("annex-a.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo").isZero();
        try {
            // A regression would block opening the pipe: fail after a minute rather than hang the build.
            CapturedOutput result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("--la", "999", "--period-end", "2026-09-30", "--annex-a", fifo.toString()));
            assertRefused(result, "command line: the Annex A input " + fifo + " is not a regular file or a folder (a"
                    + " named pipe, a device or a socket), so it is not read; give a file or a folder.");
        } finally {
            // Releases a reader left blocked on the pipe by a regression (a writer's open unblocks it).
            new ProcessBuilder("timeout", "2", "sh", "-c", ": > '" + fifo + "'").start().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void severalLasAreEachCheckedBeforeAnyRuns() throws Exception {
        Files.createDirectories(dir.resolve("region/391"));
        Files.copy(Path.of(SAMPLE), dir.resolve("region/391/annex-a.xlsx"));
        Files.createDirectories(dir.resolve("region/051"));
        Files.copy(Path.of(SAMPLE), dir.resolve("region/051/annex-a.xlsx"));
        assertRefused(run("--inputs-by-la", dir.resolve("region").toString(), "--period-end", "2026-09-30"),
                dir.resolve("region/051") + ": LA code '051' is not an English LA in the bundled DfE table; give an"
                        + " LA's DfE three-digit code such as 391 or its ONS code such as E08000021 (or 990 to 999 for"
                        + " a synthetic LA).");
    }

    @Test
    void aScheduledJobThatCouldNeverRunStopsTheSchedulerAtOnce() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("nowhere.yml"), "la_code: \"051\"\nschedule: {cron: \"0 0 6 2 * *\"}\n"
                + "inputs: {annex_a: " + SAMPLE + "}\noutput: " + output() + "\n");
        CapturedOutput result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CapturedOutput.launch("schedule", "--jobs", jobs.toString()));
        assertRefused(result, "job file nowhere in " + jobs + ": LA code '051' is not an English LA in the bundled DfE"
                + " table; give an LA's DfE three-digit code such as 391 or its ONS code such as E08000021 (or 990 to"
                + " 999 for a synthetic LA).");
    }
}
