package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
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

    /** What a reader filters the drill-down on has min/max in every part; the rest has none (it would span all). */
    @Test
    void everyPartHasMinAndMaxForTheLaThePeriodAndTheIndicatorAlone() throws IOException {
        for (String part : partFiles("parts")) {
            Map<String, Statistics<?>> statistics = new TreeMap<>();
            for (BlockMetaData group : ParquetTableReader.footer(partition("parts").resolve(part)).getBlocks()) {
                for (ColumnChunkMetaData column : group.getColumns()) {
                    statistics.put(column.getPath().toDotString(), column.getStatistics());
                }
            }
            assertThat(statistics.keySet().stream().filter(c -> statistics.get(c).hasNonNullValue()))
                    .as(part).containsExactlyInAnyOrder("la_code", "period_end", "indicator_id");
            assertThat(statistics.get("la_code").minAsString()).as(part).isEqualTo("999");
            assertThat(statistics.get("period_end").genericGetMin()).as(part).isEqualTo((int) T.toEpochDay());
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
