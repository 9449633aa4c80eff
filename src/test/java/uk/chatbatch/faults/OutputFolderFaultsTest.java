package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder refuses writes: read-only, or out of space part-way through a run. */
class OutputFolderFaultsTest {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    /** Above every dataset's part file, below each PDF report of the sample LA (about 400 KB). */
    private static final long FILE_LIMIT_KB = 250;

    @TempDir
    Path dir;

    @Test
    void aReadOnlyOutputFolderIsNamedInOneMessageWithExitCode2AndWhatWasPublishedStaysAsItWas() throws Exception {
        Path output = dir.resolve("output");
        ChildJvm first = ChildJvm.start(dir, "first", run("998", output));
        assertThat(first.waitFor(RUN_LIMIT)).as(first.err()).isZero();
        TreeMap<String, List<String>> before = PublishedOutputs.read(output);

        ChildJvm refused;
        try (ReadOnly ignored = ReadOnly.make(output)) {
            refused = ChildJvm.start(dir, "read-only", run("999", output));
            assertThat(refused.waitFor(RUN_LIMIT)).isEqualTo(2);
        }
        assertThat(refused.err().strip()).isEqualTo("Cannot write to the output folder " + output + ": it is"
                + " read-only, full or not yours; give --output a folder you can write to, or fix its permissions.");
        assertThat(PublishedOutputs.read(output)).isEqualTo(before);

        ChildJvm writable = ChildJvm.start(dir, "writable-again", run("999", output));
        assertThat(writable.waitFor(RUN_LIMIT)).as(writable.err()).isZero();
        assertThat(PublishedOutputs.read(output).keySet()).contains("reports/999/2026-09-30/chat-appendix-internal.pdf");
    }

    @Test
    void runningOutOfSpaceMidRunPublishesNothingOfTheFailedStepAndTheRerunAfterSpaceIsFreedCompletes()
            throws Exception {
        Path output = dir.resolve("output");
        ChildJvm full = ChildJvm.start(dir, "full", run("999", output));
        // The disk fills once indicators are computed: the report step's PDFs are the files that do not fit.
        assertThat(full.awaitOutput("Indicators: ", RUN_LIMIT)).as(full.err()).isTrue();
        assumeTrue(full.limitFileSize(FILE_LIMIT_KB), "prlimit is not available to limit the run's file size");
        assertThat(full.waitFor(RUN_LIMIT)).isEqualTo(1);
        String[] message = full.err().strip().split("\n");
        assertThat(message[0]).isEqualTo("LA 999, period ending 2026-09-30: failed.");
        assertThat(message[1]).startsWith("Out of space: writing to ").contains(output.toString())
                .contains("nothing from the failed step was published").contains("The details are in " + output
                        .resolve("logs"));
        assertThat(message).hasSize(2);
        assertThat(full.out()).contains("ingest").contains("(completed)").contains("report").contains("(failed)");
        // What ingest and indicators published reads in full; no report is visible, whole or part.
        TreeMap<String, List<String>> published = PublishedOutputs.read(output);
        assertThat(published.keySet()).contains("parquet/indicators/la=999/period=2026-09-30")
                .noneMatch(k -> k.startsWith("reports/"));

        ChildJvm freed = ChildJvm.start(dir, "space-freed", run("999", output));
        assertThat(freed.waitFor(RUN_LIMIT)).as(freed.err()).isZero();
        assertThat(freed.out().lines().filter(l -> l.startsWith("Steps:")).findFirst().orElseThrow())
                .startsWith("Steps: report").doesNotContain("ingest");
        TreeMap<String, List<String>> after = PublishedOutputs.read(output);
        assertThat(after.keySet()).contains("reports/999/2026-09-30/chat-appendix-internal.pdf",
                "reports/999/2026-09-30/chat-appendix-shareable.pdf");
        published.forEach((item, rows) -> assertThat(after.get(item)).as(item).isEqualTo(rows));
    }

    private static String[] run(String la, Path output) {
        return new String[] {"run", "--la", la, "--period-end", "2026-09-30", "--annex-a",
                "input/sample/annex-a-sample.xlsx", "--output", output.toString()};
    }

    /**
     * A folder nobody can write to: permissions for a normal user (as CI runs); the immutable attribute
     * where the tests run as root, which ignores permissions.
     */
    private record ReadOnly(Path folder, boolean immutable) implements AutoCloseable {

        static ReadOnly make(Path folder) throws Exception {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!writable(folder)) {
                return new ReadOnly(folder, false);
            }
            boolean immutable = chattr("+i", folder) && !writable(folder);
            if (!immutable) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            assumeTrue(immutable, "this machine lets the tests write to a read-only folder");
            return new ReadOnly(folder, true);
        }

        @Override
        public void close() throws Exception {
            if (immutable) {
                chattr("-i", folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        private static boolean writable(Path folder) {
            try {
                Files.delete(Files.createTempFile(folder, "probe", ""));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean chattr(String flag, Path folder) throws Exception {
            try {
                Process p = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException noChattr) {
                return false;
            }
        }
    }
}
