package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cli.Launcher;
import uk.chatbatch.output.Directories;

/**
 * Crash safety: a run killed with SIGKILL at any moment leaves only complete, readable outputs visible,
 * and running the same command again ends with exactly what an uninterrupted run publishes.
 *
 * <p>CI runs 20 kills on a 400-child LA. A longer soak: {@code mvn -B test -Dtest=KillAndRestartTest
 * -Dchatbatch.kill.count=200 -Dchatbatch.kill.children=5000 -Dchatbatch.kill.seed=7}; a failure prints
 * its seed and kill moment, so it can be replayed.
 */
@Tag("kill")
class KillAndRestartTest {

    private static final int KILLS = Integer.getInteger("chatbatch.kill.count", 20);
    private static final int CHILDREN = Integer.getInteger("chatbatch.kill.children", 400);
    private static final long SEED = Long.getLong("chatbatch.kill.seed", 2026);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void everyKilledRunRestartsWithoutRecoverAndPublishesWhatAnUninterruptedRunPublishes() throws Exception {
        Path workbook = dir.resolve("la.xlsx");
        assertThat(Launcher.execute("generate", "--children", String.valueOf(CHILDREN), "--seed", "5",
                "--period-end", "2026-09-30", "--output", workbook.toString())).isZero();

        ChildJvm uninterrupted = ChildJvm.start(dir, "uninterrupted", run(workbook, dir.resolve("uninterrupted")));
        assertThat(uninterrupted.waitFor(RUN_LIMIT)).as(uninterrupted.err()).isZero();
        // The first run is the slowest (cold caches); a victim that ends before its kill shortens the estimate,
        // so that the moments keep spanning the whole of a run.
        long runMillis = uninterrupted.ranFor().toMillis();
        TreeMap<String, List<String>> expected = PublishedOutputs.read(dir.resolve("uninterrupted"));
        assertThat(expected.keySet()).as("datasets and reports of the uninterrupted run")
                .anyMatch(k -> k.startsWith("parquet/indicators/")).anyMatch(k -> k.endsWith("shareable.pdf"));

        // One kill in each twentieth of the run, at a seeded moment within it: spread over the whole run,
        // from JVM start-up (nothing published) to the last report's publication.
        Random random = new Random(SEED);
        List<String> matched = new ArrayList<>();
        int killedMidRun = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long atMillis = (long) (runMillis * (kill + random.nextDouble()) / KILLS);
            String replay = "kill " + (kill + 1) + " of " + KILLS + " at " + atMillis + " ms (seed " + SEED + ")";
            Path output = dir.resolve("killed-" + kill);

            ChildJvm victim = ChildJvm.start(dir, "victim-" + kill, run(workbook, output));
            Thread.sleep(atMillis);
            boolean midRun = victim.isAlive();
            killedMidRun += midRun ? 1 : 0;
            victim.kill();
            if (!midRun) {
                runMillis = Math.min(runMillis, victim.ranFor().toMillis());
            }
            // Whatever a reader can see now must read to its end.
            TreeMap<String, List<String>> afterKill = PublishedOutputs.read(output);
            System.out.println(replay + (midRun ? ": killed mid-run" : ": the run had already ended") + "; "
                    + afterKill.size() + " datasets and reports were visible");
            afterKill.forEach((item, content) -> assertThat(expected).as(replay + ": published " + item)
                    .containsKey(item));

            ChildJvm restart = ChildJvm.start(dir, "restart-" + kill, run(workbook, output));
            assertThat(restart.waitFor(RUN_LIMIT)).as(replay + ": " + restart.err()).isZero();
            assertThat(restart.err()).as(replay).doesNotContain("\tat ");
            TreeMap<String, List<String>> actual = PublishedOutputs.read(output);
            assertThat(actual.keySet()).as(replay).isEqualTo(expected.keySet());
            for (String item : expected.keySet()) {
                assertThat(actual.get(item)).as(replay + ": " + item).isEqualTo(expected.get(item));
            }
            matched.add(replay);
            Directories.deleteRecursively(output);
        }
        assertThat(matched).hasSize(KILLS);
        assertThat(killedMidRun).as("kills that hit a running process").isGreaterThanOrEqualTo(KILLS * 3 / 4);
    }

    private static String[] run(Path workbook, Path output) {
        return new String[] {"run", "--la", "999", "--period-end", "2026-09-30", "--annex-a", workbook.toString(),
                "--output", output.toString()};
    }
}
