package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing step ends in plain sentences and the exit code on the console; its stack goes to the log file
 * under the output folder that the message names, and nowhere else.
 */
class NoStackTraceOnConsoleTest {

    private static final Pattern LOG_FILE = Pattern.compile("The details are in (\\S+\\.log)\\.");

    @TempDir
    Path dir;

    @Test
    void aStepFailureGivesTwoSentencesOnTheConsoleAndItsStackInTheNamedLogFile() throws Exception {
        Path output = dir.resolve("output");
        Files.createDirectories(output);
        // A file where the reports folder should be: the report step cannot publish.
        Files.writeString(output.resolve("reports"), "in the way");

        ChildJvm failed = ChildJvm.start(dir, "failed", "run", "jobs/sample-la.yml", "--output", output.toString());
        assertThat(failed.waitFor(Duration.ofMinutes(10))).isEqualTo(1);

        List<String> errLines = failed.err().strip().lines().toList();
        assertThat(errLines).hasSize(2);
        assertThat(errLines.get(0)).isEqualTo("LA 999, period ending 2026-09-30: failed.");
        assertThat(errLines.get(1)).startsWith("Cannot write to " + output.resolve("reports"))
                .contains("a file stands where the product needs a folder; move it away and run the same command"
                        + " again.");
        assertThat(failed.out() + failed.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(failed.out()).contains("Reading Annex A").contains("Report drawn").contains("(failed)");

        Matcher named = LOG_FILE.matcher(errLines.get(1));
        assertThat(named.find()).isTrue();
        Path log = Path.of(named.group(1));
        assertThat(log.getParent()).isEqualTo(output.resolve("logs"));
        assertThat(Files.readString(log)).contains("FAILURE").contains("\tat uk.chatbatch.")
                .contains("Reading Annex A");
    }
}
