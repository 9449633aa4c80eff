package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.generate.RegionExtracts;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.region.LaInputFolders;

/**
 * The launcher offers a run's inputs to be read ahead while the job starts; the ingest step claims that read for its
 * own LA, period and inputs and publishes the same bytes as when it reads them itself. A read offered for other inputs
 * is left alone, and one never claimed is stopped.
 */
class ReadAheadTest {

    private static final LocalDate T = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path dir;
    private static RegionExtracts.WrittenLa la;

    @BeforeAll
    static void generate() throws IOException {
        la = RegionExtracts.write(new RegionExtracts.Options(1, 300, 0, 11, T, true, Optional.empty()),
                dir.resolve("in")).get(0);
    }

    @Test
    void theStepWritesWhatWasReadAheadAsIfItHadReadItItselfAndTakesTheRead() throws IOException {
        RunRequest inLine = request("in-line", la.folder());
        RunRequest readAhead = request("read-ahead", la.folder());
        DatasetProvenance run = provenance(inLine.key());

        new IngestStage(m -> { }).run(inLine, run);
        try (ReadAhead offered = ReadAhead.offer(readAhead)) {
            new IngestStage(m -> { }).run(readAhead, run);
            assertThat(ReadAhead.claim(readAhead)).as("the step took the read offered for it").isEmpty();
        }

        List<Path> published = files(dir.resolve("in-line"));
        assertThat(published).as("Annex A's lists, SSDA903's tables, issues and quarantine")
                .anyMatch(p -> p.startsWith(Path.of("parquet", "annex_a_contacts")))
                .anyMatch(p -> p.startsWith(Path.of("parquet", "ssda903_episodes")))
                .anyMatch(p -> p.startsWith(Path.of("parquet", "issues")))
                .anyMatch(p -> p.startsWith(Path.of("parquet", "quarantine")));
        assertThat(files(dir.resolve("read-ahead"))).isEqualTo(published);
        for (Path file : published) {
            assertThat(Files.readAllBytes(dir.resolve("read-ahead").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("in-line").resolve(file)));
        }
    }

    @Test
    void aReadIsClaimedOnlyForTheSameLaPeriodAndInputsHoweverThePathsAreWritten() throws IOException {
        RunRequest offeredFor = request("claims", la.folder());
        try (ReadAhead offered = ReadAhead.offer(offeredFor)) {
            RunRequest otherPeriod = new RunRequest(new LaPeriod(offeredFor.laCode(), T.minusYears(1)),
                    offeredFor.laName(), offeredFor.annexA(), offeredFor.ssda903(), Optional.empty(),
                    offeredFor.output(), IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(),
                    RunRequest.DEFAULT_REPORTS, Optional.empty());
            RunRequest noSsda903 = new RunRequest(offeredFor.key(), offeredFor.laName(), offeredFor.annexA(),
                    Optional.empty(), Optional.empty(), offeredFor.output(), IndicatorSettings.defaults(),
                    Population.notConfigured(), Optional.empty(), RunRequest.DEFAULT_REPORTS, Optional.empty());
            Path relative = Path.of("").toAbsolutePath().relativize(la.folder().toAbsolutePath());
            RunRequest sameFilesWrittenRelative = request("claims", relative.resolve("x").resolve(".."));

            assertThat(ReadAhead.claim(otherPeriod)).as("another period end").isEmpty();
            assertThat(ReadAhead.claim(noSsda903)).as("without the SSDA903 return").isEmpty();
            Optional<ReadAhead> claimed = ReadAhead.claim(sameFilesWrittenRelative);
            assertThat(claimed).as("the same files, named relative and unnormalised").containsSame(offered);
            assertThat(ReadAhead.claim(offeredFor)).as("claimed once only").isEmpty();
        }
    }

    @Test
    void aReadNeverClaimedIsStoppedAndItsReaderThreadsEnd() throws Exception {
        RunRequest request = request("discarded", la.folder());
        ReadAhead offered = ReadAhead.offer(request);
        assertThat(offered.annexA()).as("the workbook opened").isPresent();

        ReadAhead.discard(request);

        assertThat(ReadAhead.claim(request)).isEmpty();
        // A stopped pool's last thread may still be returning from its run method: give it a moment.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!readerThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(readerThreads()).as("Annex A's reader threads once the read is dropped").isEmpty();
        offered.close();
    }

    private static List<String> readerThreads() {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith("annex-a-reader-")) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    private static RunRequest request(String out, Path laFolder) {
        return new RunRequest(new LaPeriod(la.la().dfeCode(), T), la.la().name(),
                Optional.of(laFolder.resolve(RegionExtracts.ANNEX_A_FILE)),
                Optional.of(laFolder.resolve(LaInputFolders.SSDA903_DIR)), Optional.empty(), dir.resolve(out),
                IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(),
                RunRequest.DEFAULT_REPORTS, Optional.empty(), true);
    }

    private static DatasetProvenance provenance(LaPeriod key) {
        return new DatasetProvenance("5b0e4f7a-2c1d-4e9b-8a3f-6d7c8e9f0a1b", 1, 1,
                Instant.parse("2026-10-02T05:00:00Z"), key, 1, "2026.11-1", ParquetCodec.ZSTD);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> !p.startsWith(".staging")).sorted().toList();
        }
    }
}
