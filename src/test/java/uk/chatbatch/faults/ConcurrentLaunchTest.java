package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two launches at once into one output folder, as two separate processes (cron and a person, say). */
class ConcurrentLaunchTest {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    private static final String WORKBOOK = "input/sample/annex-a-sample.xlsx";

    @TempDir
    Path dir;

    @Test
    void theSameLaAndPeriodTwiceAtOnceRunsOnceAndTheOtherSaysWhichProcessHasItWithExitCode4() throws Exception {
        Path output = dir.resolve("output");
        ChildJvm first = ChildJvm.start(dir, "first", run("999", output));
        ChildJvm second = ChildJvm.start(dir, "second", run("999", output));
        int firstCode = first.waitFor(RUN_LIMIT);
        int secondCode = second.waitFor(RUN_LIMIT);

        assertThat(List.of(firstCode, secondCode)).as(first.err() + second.err()).containsExactlyInAnyOrder(0, 4);
        ChildJvm refused = firstCode == 4 ? first : second;
        ChildJvm ran = firstCode == 4 ? second : first;
        assertThat(refused.err().strip()).isEqualTo("LA 999, period ending 2026-09-30 is already running in process "
                + ran.pid() + " writing to " + output + "; wait for it to finish.");
        assertThat(ran.out()).contains("Steps: ingest").contains("report").contains("(completed)");
        assertThat(PublishedOutputs.read(output).keySet())
                .contains("parquet/indicators/la=999/period=2026-09-30",
                        "reports/999/2026-09-30/chat-appendix-internal.pdf");
    }

    @Test
    void twoDifferentLasIntoOneOutputFolderAtOnceBothComplete() throws Exception {
        Path output = dir.resolve("output");
        ChildJvm first = ChildJvm.start(dir, "la-998", run("998", output));
        ChildJvm second = ChildJvm.start(dir, "la-999", run("999", output));

        assertThat(first.waitFor(RUN_LIMIT)).as(first.err()).isZero();
        assertThat(second.waitFor(RUN_LIMIT)).as(second.err()).isZero();
        assertThat(PublishedOutputs.read(output).keySet())
                .contains("parquet/indicators/la=998/period=2026-09-30", "parquet/indicators/la=999/period=2026-09-30",
                        "reports/998/2026-09-30/chat-appendix-internal.pdf",
                        "reports/999/2026-09-30/chat-appendix-internal.pdf");
        // both are recorded as completed in the one job repository: running either again does nothing
        ChildJvm again = ChildJvm.start(dir, "again", run("998", output));
        assertThat(again.waitFor(RUN_LIMIT)).isZero();
        assertThat(again.out()).contains("LA 998, period ending 2026-09-30: already completed");
    }

    private static String[] run(String la, Path output) {
        return new String[] {"run", "--la", la, "--period-end", "2026-09-30", "--annex-a", WORKBOOK, "--output",
                output.toString()};
    }
}
