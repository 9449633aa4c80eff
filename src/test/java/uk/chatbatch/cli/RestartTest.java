package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run restarts from the failed step; the steps that completed are not run again. */
class RestartTest {

    @TempDir
    Path dir;

    @Test
    void aRunWhoseReportStepFailedRestartsFromTheReportStep() throws Exception {
        Path out = dir.resolve("output");
        Files.createDirectories(out);
        // A file where the reports folder should be: the report step cannot publish, so it fails.
        Path blocker = Files.writeString(out.resolve("reports"), "in the way");
        String[] run = {"run", "jobs/sample-la.yml", "--output", out.toString()};

        CapturedOutput failed = CapturedOutput.launch(run);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("ingest").contains("(completed)").contains("report")
                .contains("(failed)").contains("run the same command again");
        assertThat(out.resolve("parquet/indicators/la=999/period=2026-09-30")).isDirectory();

        Files.delete(blocker);
        CapturedOutput restarted = CapturedOutput.launch(run);
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        String steps = restarted.out().lines().filter(l -> l.startsWith("Steps:")).findFirst().orElseThrow();
        assertThat(steps).startsWith("Steps: report").doesNotContain("ingest").doesNotContain("indicators");
        assertThat(out.resolve("reports/999/2026-09-30/chat-appendix-internal.pdf")).isRegularFile();
    }
}
