package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cli.Launcher;
import uk.chatbatch.output.Directories;

/**
 * A replacement ({@code run --replace}) killed with SIGKILL at any moment, its swap included: a reader sees each
 * dataset partition and the reports folder at revision 1 or at revision 2, never anything else; revision 1 is never
 * lost; and finishing as a user would (run without {@code --replace} to see where things stand, then with it if the
 * replacement did not complete) ends with what an uninterrupted replacement publishes and keeps.
 *
 * <p>Kills at seeded moments over the whole replacement, then kills just after the last step before the swap
 * announces itself. More: {@code -Dchatbatch.replacekill.count=20}.
 */
@Tag("kill")
class ReplaceKillTest {

    private static final int KILLS = Integer.getInteger("chatbatch.replacekill.count", 2);
    private static final long SEED = Long.getLong("chatbatch.kill.seed", 2026);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    private static final String ITEM = "(parquet|shareable)/[a-z0-9_]+/la=999/period=2026-09-30|reports/999/2026-09-30";

    @TempDir
    Path dir;

    @Test
    void aReplacementKilledAtAnyMomentNeverShowsAMixWithinAnItemAndFinishesAsAnUninterruptedOne() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path corrected = dir.resolve("corrected.xlsx");
        assertThat(Launcher.execute("generate", "--children", "60", "--seed", "1", "--period-end", "2026-09-30",
                "--output", first.toString())).isZero();
        assertThat(Launcher.execute("generate", "--children", "60", "--seed", "2", "--period-end", "2026-09-30",
                "--output", corrected.toString())).isZero();
        Path revision1 = dir.resolve("revision1");
        ChildJvm firstRun = ChildJvm.start(dir, "revision1", run(first, revision1));
        assertThat(firstRun.waitFor(RUN_LIMIT)).as(firstRun.err()).isZero();
        Map<String, String> revision1Items = items(revision1);
        TreeMap<String, List<String>> revision1Content = PublishedOutputs.read(revision1);

        Path uninterrupted = copy(revision1, dir.resolve("uninterrupted"));
        ChildJvm replacement = ChildJvm.start(dir, "uninterrupted", replace(corrected, uninterrupted));
        assertThat(replacement.waitFor(RUN_LIMIT)).as(replacement.err()).isZero();
        long runMillis = replacement.ranFor().toMillis();
        TreeMap<String, List<String>> expected = PublishedOutputs.read(uninterrupted);
        assertThat(items(uninterrupted)).isNotEqualTo(revision1Items);

        Random random = new Random(SEED);
        List<String> finished = new ArrayList<>();
        for (int kill = 0; kill < KILLS * 2; kill++) {
            boolean atSwap = kill >= KILLS;
            Path output = copy(revision1, dir.resolve("killed-" + kill));
            ChildJvm victim = ChildJvm.start(dir, "victim-" + kill, replace(corrected, output));
            String replay;
            if (atSwap) {
                // The shareable step's last line comes just before the swap; the kill lands in or around it.
                long after = random.nextInt(40);
                replay = "kill " + (kill + 1) + " at the swap, " + after + " ms after the shareable step (seed " + SEED
                        + ")";
                victim.awaitOutput("Shareable dataset written", RUN_LIMIT);
                Thread.sleep(after);
            } else {
                long atMillis = (long) (runMillis * (kill + random.nextDouble()) / KILLS);
                replay = "kill " + (kill + 1) + " at " + atMillis + " ms (seed " + SEED + ")";
                Thread.sleep(atMillis);
            }
            victim.kill();

            // What a reader sees reads to its end, and each dataset partition is revision 1's or revision 2's; the
            // reports folder's files are all one revision's.
            TreeMap<String, List<String>> seen = PublishedOutputs.read(output);
            List<String> reportsOf1 = new ArrayList<>();
            List<String> reportsOf2 = new ArrayList<>();
            seen.forEach((item, content) -> {
                assertThat(content).as(replay + ": " + item).isIn(revision1Content.get(item), expected.get(item));
                if (item.startsWith("reports/") && !content.equals(expected.get(item))) {
                    reportsOf1.add(item);
                } else if (item.startsWith("reports/") && !content.equals(revision1Content.get(item))) {
                    reportsOf2.add(item);
                }
            });
            assertThat(reportsOf1.isEmpty() || reportsOf2.isEmpty()).as(replay + ": reports of revision 1 " + reportsOf1
                    + " beside reports of revision 2 " + reportsOf2).isTrue();
            // Revision 1 is never lost: each of its items is published or kept, byte for byte.
            Map<String, String> visible = items(output);
            Map<String, String> kept = keptItems(output);
            System.out.println(replay + ": " + (kept.isEmpty() ? "revision 1 untouched" : kept.size()
                    + " items of revision 1 already moved aside (killed mid-swap or after it)"));
            kept.forEach((item, content) -> assertThat(content).as(replay + ": kept " + item)
                    .isEqualTo(revision1Items.get(item)));
            for (String item : revision1Items.keySet()) {
                assertThat(revision1Items.get(item)).as(replay + ": revision 1's " + item + " is not lost")
                        .isIn(visible.get(item), kept.get(item));
            }

            // As a user would: ask where things stand, then finish the replacement if it did not complete.
            ChildJvm plain = ChildJvm.start(dir, "plain-" + kill, run(corrected, output));
            assertThat(plain.waitFor(RUN_LIMIT)).as(replay + ": " + plain.err()).isZero();
            if (!plain.out().contains("already completed (revision 2)")) {
                ChildJvm restart = ChildJvm.start(dir, "restart-" + kill, replace(corrected, output));
                assertThat(restart.waitFor(RUN_LIMIT)).as(replay + ": " + restart.err()).isZero();
                assertThat(restart.err()).as(replay).doesNotContain("\tat ");
            }
            assertThat(PublishedOutputs.read(output)).as(replay).isEqualTo(expected);
            assertThat(keptItems(output)).as(replay + ": revision 1 kept whole").isEqualTo(revision1Items);
            finished.add(replay);
            Directories.deleteRecursively(output);
        }
        assertThat(finished).hasSize(KILLS * 2);
    }

    private static String[] run(Path workbook, Path output) {
        return new String[] {"run", "--la", "999", "--period-end", "2026-09-30", "--annex-a", workbook.toString(),
                "--output", output.toString()};
    }

    private static String[] replace(Path workbook, Path output) {
        List<String> args = new ArrayList<>(List.of(run(workbook, output)));
        args.add("--replace");
        return args.toArray(String[]::new);
    }

    /** Each published item of LA 999's period: its path -> a digest of every file in it (name and bytes). */
    private static Map<String, String> items(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> items = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root, 4)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                String relative = root.relativize(p).toString();
                if (relative.matches(ITEM)) {
                    items.put(relative, digest(p));
                }
            }
        }
        return items;
    }

    /** The items kept under revisions/ (one kept folder at most here), by their published path. */
    private static Map<String, String> keptItems(Path output) throws IOException, NoSuchAlgorithmException {
        Path revisions = output.resolve("revisions/999/2026-09-30");
        if (!Files.isDirectory(revisions)) {
            return Map.of();
        }
        try (Stream<Path> list = Files.list(revisions)) {
            List<Path> kept = list.toList();
            assertThat(kept).hasSize(1);
            return items(kept.get(0));
        }
    }

    private static String digest(Path folder) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
