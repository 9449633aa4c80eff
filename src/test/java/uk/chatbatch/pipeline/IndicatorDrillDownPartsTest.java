package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * The drill-down (indicator_children) is written as part files of a fixed number of rows, side by side on the cores;
 * read back in name order they are the same rows in the same order as one file.
 */
class IndicatorDrillDownPartsTest {

    private static final Path SAMPLE = Path.of("input/sample/annex-a-sample.xlsx");
    private static final LocalDate T = LocalDate.of(2026, 9, 30);
    private static final int PART_ROWS = 1_000;

    @TempDir
    static Path dir;

    @BeforeAll
    static void runWithOnePartAndWithSmallParts() throws IOException {
        IndicatorEngine engine = new IndicatorEngine(IndicatorCatalogue.discover());
        for (String out : List.of("one", "parts")) {
            RunRequest request = request(out);
            new IngestStage(m -> { }).run(request);
            new IndicatorStage(engine, m -> { }, out.equals("one") ? IndicatorStage.DRILL_DOWN_PART_ROWS : PART_ROWS)
                    .run(request, 1);
        }
    }

    @Test
    void aSampleLaBelowTheRunsPartSizeWritesOnePart() throws IOException {
        assertThat(partFiles("one")).containsExactly(OutputLayout.partFileName(0));
    }

    @Test
    void everyPartButTheLastHoldsExactlyThePartSizeAndTheLastTheRest() throws IOException {
        long total = ParquetTableReader.read(partition("one")).rowCount();
        List<String> parts = partFiles("parts");
        assertThat(total).as("the sample gives more than two parts' worth").isGreaterThan(2L * PART_ROWS);
        assertThat(parts).hasSize((int) ((total + PART_ROWS - 1) / PART_ROWS));
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).isEqualTo(OutputLayout.partFileName(i));
            long expected = i < parts.size() - 1 ? PART_ROWS : total - (long) PART_ROWS * (parts.size() - 1);
            assertThat(ParquetTableReader.read(partition("parts").resolve(parts.get(i))).rowCount())
                    .as(parts.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void thePartsReadInNameOrderAreTheSameRowsInTheSameOrderAsOneFile() throws IOException {
        TableData one = ParquetTableReader.read(partition("one"));
        TableData parts = ParquetTableReader.read(partition("parts"));

        assertThat(parts.rows()).hasSameSizeAs(one.rows());
        for (int r = 0; r < one.rows().size(); r++) {
            assertThat(Arrays.asList(parts.rows().get(r))).as("row %d", r).isEqualTo(Arrays.asList(one.rows().get(r)));
        }
    }

    private static RunRequest request(String out) {
        return new RunRequest("999", "Sampleshire (synthetic)", T, Optional.of(SAMPLE), dir.resolve(out));
    }

    private static Path partition(String out) {
        return dir.resolve(out).resolve("parquet/indicator_children/la=999/period=" + T);
    }

    private static List<String> partFiles(String out) throws IOException {
        try (Stream<Path> files = Files.list(partition(out))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).sorted().toList();
        }
    }
}
