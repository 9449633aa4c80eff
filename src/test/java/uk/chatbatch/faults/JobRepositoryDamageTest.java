package uk.chatbatch.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.Directories;

/**
 * The H2 job repository damaged or lost: the user is told what to do, and starting afresh keeps the
 * published outputs (a fresh repository runs the LA and period again and republishes the same content).
 */
class JobRepositoryDamageTest {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void aDamagedRepositoryIsExplainedAndResetJobRepositoryStartsAfreshRepublishingTheSameOutputs() throws Exception {
        Path output = dir.resolve("output");
        assertThat(run("first", output).waitFor(RUN_LIMIT)).isZero();
        TreeMap<String, List<String>> published = PublishedOutputs.read(output);

        Path repository = output.resolve(".jobrepo/999_2026-09-30/chat-batch.mv.db");
        byte[] damaged = Files.readAllBytes(repository);
        Arrays.fill(damaged, 0, Math.min(damaged.length, 8192), (byte) 'x');
        Files.write(repository, damaged);

        ChildJvm refused = run("damaged", output);
        assertThat(refused.waitFor(RUN_LIMIT)).isEqualTo(1);
        assertThat(refused.err()).startsWith("The job repository cannot be read (its file looks damaged or belongs to"
                + " another version). Run the same command again with --reset-job-repository:")
                .contains("The details are in " + output.resolve("logs")).doesNotContain("\tat ");
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(PublishedOutputs.read(output)).isEqualTo(published);

        ChildJvm reset = run("reset", output, "--reset-job-repository");
        assertThat(reset.waitFor(RUN_LIMIT)).as(reset.err()).isZero();
        assertThat(reset.out()).contains("The job repository was moved aside to " + output.resolve(".jobrepo-set-aside-"));
        try (Stream<Path> aside = Files.list(output)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".jobrepo-set-aside-"));
        }
        assertThat(PublishedOutputs.read(output)).isEqualTo(published);
    }

    @Test
    void aDeletedRepositoryRunsTheLaAndPeriodAgainAndRepublishesTheSameOutputs() throws Exception {
        Path output = dir.resolve("output");
        assertThat(run("first", output).waitFor(RUN_LIMIT)).isZero();
        TreeMap<String, List<String>> published = PublishedOutputs.read(output);

        Directories.deleteRecursively(output.resolve(".jobrepo"));
        ChildJvm again = run("deleted", output);
        assertThat(again.waitFor(RUN_LIMIT)).as(again.err()).isZero();
        assertThat(again.out()).contains("Steps: ingest");
        assertThat(PublishedOutputs.read(output)).isEqualTo(published);
    }

    private ChildJvm run(String name, Path output, String... extra) throws Exception {
        String[] args = Stream.concat(Stream.of("run", "jobs/sample-la.yml", "--output", output.toString()),
                Stream.of(extra)).toArray(String[]::new);
        return ChildJvm.start(dir, name, args);
    }
}
