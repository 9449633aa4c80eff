package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.ParquetCodec;

/**
 * Indicators, datasets and report documents are produced on both cores; the outputs must not depend on
 * which task finishes first. Two runs of the same input, given the same run metadata for the footers (as a
 * restarted step of one job instance is), give the same bytes in every published file, and the catalogue computed
 * in parallel equals the catalogue computed one indicator at a time.
 */
class ParallelStagesDeterminismTest {

    private static final Path SAMPLE = Path.of("input/sample/annex-a-sample.xlsx");
    private static final LocalDate T = LocalDate.of(2026, 9, 30);
    /** One job instance's footer values, kept across its executions in the job execution context. */
    private static final DatasetProvenance RUN = new DatasetProvenance("3d9c1f0a-6b2e-4e8d-a1c7-5f4b2e9d8c70", 1, 1,
            Instant.parse("2026-10-02T05:00:00Z"), new LaPeriod("999", T), 1, "2026.11-1", ParquetCodec.ZSTD);
    private static final ZonedDateTime DRAWN_AT = ZonedDateTime.of(2026, 10, 2, 6, 0, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();
    /** What the second run's report step said it spent its time on. */
    private static final List<ReportStage.Timed> TIMED = new ArrayList<>();

    @BeforeAll
    static void runTwice() throws IOException {
        for (String out : List.of("first", "second")) {
            RunRequest request = request(out);
            new IngestStage(m -> { }).run(request, RUN);
            new IndicatorStage(new IndicatorEngine(CATALOGUE), m -> { }).run(request, 1, RUN);
            if (out.equals("first")) {
                new ReportStage(CATALOGUE, m -> { }).run(request, DRAWN_AT);
            } else {
                new ReportStage(CATALOGUE, m -> { }).timed(TIMED::add).run(request, DRAWN_AT);
            }
        }
    }

    @Test
    void theReportStepTimesReadingItsInputAndEachDocumentInTheOrderTheyAreAnnounced() {
        assertThat(TIMED).extracting(ReportStage.Timed::what).containsExactly("reading the published datasets",
                "chat-leaders-internal.pdf", "chat-appendix-internal.pdf", "chat-leaders-internal.html",
                "chat-leaders-shareable.pdf", "chat-appendix-shareable.pdf", "chat-leaders-shareable.html");
        assertThat(TIMED).allSatisfy(t -> {
            assertThat(t.seconds()).as(t.what()).isPositive();
            assertThat(t.cpuSeconds()).as(t.what() + ": one thread's CPU time, within its wall time")
                    .isBetween(0.0, t.seconds() + 0.001);
        });
    }

    @Test
    void twoRunsPublishTheSameBytesInEveryDatasetAndReport() throws IOException {
        List<Path> first = files(dir.resolve("first"));
        assertThat(first).as("datasets and both reports were published")
                .anyMatch(p -> p.toString().endsWith("chat-appendix-internal.pdf"))
                .anyMatch(p -> p.toString().endsWith("chat-appendix-shareable.pdf"))
                .anyMatch(p -> p.startsWith(Path.of("parquet", "indicator_children")))
                .anyMatch(p -> p.startsWith(Path.of("parquet", "reconciliation_children")));
        assertThat(files(dir.resolve("second"))).isEqualTo(first);
        for (Path file : first) {
            assertThat(Files.readAllBytes(dir.resolve("second").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(file)));
        }
    }

    @Test
    void theCatalogueComputedInParallelEqualsItComputedOneIndicatorAtATime() throws IOException {
        RunRequest request = request("first");
        InputData data = new PublishedDatasets(request.layout(), request.key()).inputs();
        IndicatorEngine engine = new IndicatorEngine(CATALOGUE);
        List<IndicatorResult> oneAtATime = new ArrayList<>();
        for (Indicator indicator : CATALOGUE.indicators()) {
            oneAtATime.add(engine.compute(indicator, data, request.indicatorContext()));
        }

        assertThat(engine.computeAll(data, request.indicatorContext())).isEqualTo(oneAtATime);
    }

    /** The clean rows are read back on both cores, table by table: the same records in the same order as one by one. */
    @Test
    void theListsReadBackInParallelHoldTheRowsOfEachListsDatasetInItsOrder() throws IOException {
        RunRequest request = request("first");
        PublishedDatasets published = new PublishedDatasets(request.layout(), request.key());
        InputData data = published.inputs();

        assertThat(AnnexAList.values()).filteredOn(data::isAvailable).as("the sample's lists, read back").hasSize(11);
        for (AnnexAList list : AnnexAList.values()) {
            if (!data.isAvailable(list)) {
                assertThat(data.unavailableReason(list)).isEqualTo(published.listsRead().unavailableReason(list));
                continue;
            }
            List<TableRecord> oneByOne = new ArrayList<>();
            for (Object[] row : ParquetTableReader.read(published.partition(list.dataset())).rows()) {
                oneByOne.add(TableDataset.fromRow(list, row));
            }
            assertThat(data.rows(list)).as(list.label()).isNotEmpty()
                    .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(oneByOne);
        }
    }

    private static RunRequest request(String out) {
        return new RunRequest("999", "Sampleshire (synthetic)", T, Optional.of(SAMPLE), dir.resolve(out));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> !p.startsWith(".staging")).sorted().toList();
        }
    }
}
