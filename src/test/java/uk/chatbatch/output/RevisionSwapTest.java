package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.LaPeriod;

/**
 * The swap at the end of a replacement: every published item of the LA and period is kept, byte for byte, under
 * {@code revisions/}, the replacement's items take their places, and a swap that fails between any two renames is
 * finished by the next one without losing or mixing anything.
 */
class RevisionSwapTest {

    private static final LaPeriod KEY = new LaPeriod("999", LocalDate.of(2026, 9, 30));
    private static final LocalDateTime SWAPPED_AT = LocalDateTime.of(2026, 12, 7, 11, 37, 17);
    private static final String KEPT = "revisions/999/2026-09-30/20261207-113717-r1/";

    @TempDir
    Path output;

    /** Revision 1 as published, and the replacement (revision 2) in its own folder: item -> file -> content. */
    private void publishRevision1AndStageRevision2() throws IOException {
        write(output, Map.of(
                "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r1",
                "parquet/issues/la=999/period=2026-09-30/part-00000.parquet", "issues r1",
                // in revision 1 only: the corrected inputs have no SSDA903 return
                "parquet/ssda903_episodes/la=999/period=2026-09-30/part-00000.parquet", "episodes r1",
                "shareable/indicators/la=999/period=2026-09-30/part-00000.parquet", "shareable r1",
                "reports/999/2026-09-30/chat-leaders-internal.pdf", "leaders r1",
                "reports/999/2026-09-30/report-notices.txt", "notices r1",
                // not this LA and period: never touched
                "parquet/indicators/la=999/period=2026-06-30/part-00000.parquet", "indicators June",
                "parquet/indicators/la=391/period=2026-09-30/part-00000.parquet", "indicators LA 391",
                "reports/999/2026-06-30/chat-leaders-internal.pdf", "leaders June"));
        write(pending(), Map.of(
                "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r2",
                "parquet/issues/la=999/period=2026-09-30/part-00000.parquet", "issues r2",
                // new in revision 2
                "parquet/cin_episode/la=999/period=2026-09-30/part-00000.parquet", "cin r2",
                "shareable/indicators/la=999/period=2026-09-30/part-00000.parquet", "shareable r2",
                "reports/999/2026-09-30/chat-leaders-internal.pdf", "leaders r2"));
    }

    /** What a completed swap leaves: revision 2 in place, revision 1 whole under the kept folder, the rest untouched. */
    private static final Map<String, String> AFTER_SWAP = new TreeMap<>(Map.ofEntries(
            Map.entry("parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r2"),
            Map.entry("parquet/issues/la=999/period=2026-09-30/part-00000.parquet", "issues r2"),
            Map.entry("parquet/cin_episode/la=999/period=2026-09-30/part-00000.parquet", "cin r2"),
            Map.entry("shareable/indicators/la=999/period=2026-09-30/part-00000.parquet", "shareable r2"),
            Map.entry("reports/999/2026-09-30/chat-leaders-internal.pdf", "leaders r2"),
            Map.entry(KEPT + "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r1"),
            Map.entry(KEPT + "parquet/issues/la=999/period=2026-09-30/part-00000.parquet", "issues r1"),
            Map.entry(KEPT + "parquet/ssda903_episodes/la=999/period=2026-09-30/part-00000.parquet", "episodes r1"),
            Map.entry(KEPT + "shareable/indicators/la=999/period=2026-09-30/part-00000.parquet", "shareable r1"),
            Map.entry(KEPT + "reports/999/2026-09-30/chat-leaders-internal.pdf", "leaders r1"),
            Map.entry(KEPT + "reports/999/2026-09-30/report-notices.txt", "notices r1"),
            Map.entry("parquet/indicators/la=999/period=2026-06-30/part-00000.parquet", "indicators June"),
            Map.entry("parquet/indicators/la=391/period=2026-09-30/part-00000.parquet", "indicators LA 391"),
            Map.entry("reports/999/2026-06-30/chat-leaders-internal.pdf", "leaders June")));

    @Test
    void theReplacedItemsAreKeptWholeAndTheReplacementTakesTheirPlaces() throws IOException {
        publishRevision1AndStageRevision2();

        assertThat(RevisionSwap.hasBegun(new OutputLayout(output), KEY, 2)).as("before the swap").isFalse();

        RevisionSwap.Result result = swap(ATOMIC).swap(SWAPPED_AT).orElseThrow();

        assertThat(withoutMarker(files(output))).isEqualTo(AFTER_SWAP);
        assertThat(RevisionSwap.hasBegun(new OutputLayout(output), KEY, 2)).as("after the swap").isTrue();
        assertThat(result.kept()).isEqualTo(output.resolve(KEPT.substring(0, KEPT.length() - 1)));
        assertThat(result.published()).extracting(p -> output.relativize(p).toString()).containsExactly(
                "parquet/cin_episode/la=999/period=2026-09-30", "parquet/indicators/la=999/period=2026-09-30",
                "parquet/issues/la=999/period=2026-09-30", "reports/999/2026-09-30",
                "shareable/indicators/la=999/period=2026-09-30");
        assertThat(pending()).doesNotExist();
        assertThat(RevisionSwap.highestKept(new OutputLayout(output), KEY)).isEqualTo(1);
        assertThat(RevisionSwap.keptFolder(new OutputLayout(output), KEY, 1)).contains(result.kept());
        assertThat(RevisionSwap.keptFolder(new OutputLayout(output), KEY, 2)).isEmpty();
    }

    @Test
    void aSwapThatFailsBetweenAnyTwoRenamesIsFinishedByTheNextAndEndsAsAnUninterruptedOne() throws IOException {
        publishRevision1AndStageRevision2();
        int renames = countRenames();
        assertThat(renames).as("5 items aside (4 replaced, 1 dropped) and 5 in").isEqualTo(10);

        for (int failAt = 0; failAt < renames; failAt++) {
            Directories.deleteRecursively(output);
            publishRevision1AndStageRevision2();
            AtomicInteger done = new AtomicInteger();
            int limit = failAt;
            RevisionSwap.Mover failing = (from, to) -> {
                if (done.getAndIncrement() == limit) {
                    throw new IOException("No space left on device (simulated, rename " + limit + ")");
                }
                ATOMIC.move(from, to);
            };
            assertThatThrownBy(() -> swap(failing).swap(SWAPPED_AT)).as("rename " + failAt)
                    .hasMessageContaining("simulated");
            assertThat(RevisionSwap.hasBegun(new OutputLayout(output), KEY, 2)).as("rename " + failAt).isTrue();
            // Nothing is lost: every revision 1 file is published or kept, every revision 2 file published or pending.
            Map<String, String> midway = files(output);
            assertThat(midway.values()).as("rename " + failAt).contains("indicators r1", "issues r1", "episodes r1",
                    "shareable r1", "leaders r1", "notices r1", "indicators r2", "issues r2", "cin r2", "shareable r2",
                    "leaders r2");

            // The next run resumes the swap (a minute later: the kept folder keeps its first name).
            swap(ATOMIC).swap(SWAPPED_AT.plusMinutes(1)).orElseThrow();

            assertThat(withoutMarker(files(output))).as("rename " + failAt).isEqualTo(AFTER_SWAP);
        }
    }

    @Test
    void aSwapThatHadFinishedFindsNothingToDo() throws IOException {
        publishRevision1AndStageRevision2();
        swap(ATOMIC).swap(SWAPPED_AT);

        assertThat(swap(ATOMIC).swap(SWAPPED_AT.plusHours(1))).isEmpty();

        assertThat(withoutMarker(files(output))).isEqualTo(AFTER_SWAP);
    }

    @Test
    void aKeptFolderInTheWayStopsTheSwapRatherThanOverwriteAnOlderRevision() throws IOException {
        publishRevision1AndStageRevision2();
        write(output, Map.of(KEPT + "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "someone's copy"));

        assertThatThrownBy(() -> swap(ATOMIC).swap(SWAPPED_AT)).isInstanceOf(IOException.class)
                .hasMessageContaining("already exists");

        assertThat(files(output)).containsEntry(
                KEPT + "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "someone's copy")
                .containsEntry("parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r1");
    }

    @Test
    void revision3KeepsRevision2UnderItsOwnFolderBesideRevision1() throws IOException {
        publishRevision1AndStageRevision2();
        swap(ATOMIC).swap(SWAPPED_AT);
        write(new OutputLayout(output).pendingRevisionRoot(KEY, 3), Map.of(
                "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r3"));

        new RevisionSwap(new OutputLayout(output), KEY, 3).swap(SWAPPED_AT.plusDays(1));

        Map<String, String> files = files(output);
        assertThat(files).containsEntry("parquet/indicators/la=999/period=2026-09-30/part-00000.parquet",
                        "indicators r3")
                .containsEntry("revisions/999/2026-09-30/20261208-113717-r2/parquet/indicators/la=999/period=2026-09-30"
                        + "/part-00000.parquet", "indicators r2")
                .containsEntry("revisions/999/2026-09-30/20261208-113717-r2/reports/999/2026-09-30"
                        + "/chat-leaders-internal.pdf", "leaders r2")
                .containsEntry(KEPT + "parquet/indicators/la=999/period=2026-09-30/part-00000.parquet", "indicators r1");
        assertThat(RevisionSwap.highestKept(new OutputLayout(output), KEY)).isEqualTo(2);
    }

    private static final RevisionSwap.Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private RevisionSwap swap(RevisionSwap.Mover mover) {
        return new RevisionSwap(new OutputLayout(output), KEY, 2, mover);
    }

    private Path pending() {
        return new OutputLayout(output).pendingRevisionRoot(KEY, 2);
    }

    private int countRenames() throws IOException {
        Path copy = Files.createTempDirectory("revision-swap-count");
        try {
            AtomicInteger count = new AtomicInteger();
            RevisionSwap.Mover counting = (from, to) -> {
                count.incrementAndGet();
                ATOMIC.move(from, to);
            };
            Path saved = output;
            output = copy;
            publishRevision1AndStageRevision2();
            swap(counting).swap(SWAPPED_AT);
            output = saved;
            return count.get();
        } finally {
            Directories.deleteRecursively(copy);
        }
    }

    /** The empty marker a finished swap leaves in the hidden pending folder, checked by the tests that need it. */
    private static Map<String, String> withoutMarker(Map<String, String> files) {
        Map<String, String> without = new TreeMap<>(files);
        assertThat(without.remove(".revisions-pending/999_2026-09-30_r2.swapped")).isEqualTo("");
        return without;
    }

    private static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    /** Every regular file under the output folder, hidden work folders included, by relative path. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
