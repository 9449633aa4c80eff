package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.ColumnOrder;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.model.LaPeriod;

/** What a file says about itself: the run's footer, REQUIRED keys, and double statistics every reader takes. */
class DatasetFooterTest {

    static final TableSchema FIGURES = TableSchema.of("figures",
            ColumnDef.key("la_code", ColumnType.STRING, "The LA"),
            ColumnDef.key("indicator_id", ColumnType.STRING, "The indicator"),
            ColumnDef.of("value", ColumnType.DOUBLE, "The figure").inUnit("percent"),
            ColumnDef.of("note", ColumnType.STRING, "A note"));

    static final DatasetProvenance RUN = new DatasetProvenance("0f8e2d4c-1b7a-4c39-9e57-3a2b6c1d0e9f", 7, 9,
            Instant.parse("2026-10-02T06:00:12.345Z"), new LaPeriod("999", LocalDate.of(2026, 9, 30)), 2, "2026.11-1",
            ParquetCodec.ZSTD);

    static final List<Object[]> ROWS = List.of(
            new Object[] {"999", "ASM-02", 80.0, null},     // the largest value
            new Object[] {"999", "CIN-01", 12.5, "small"},  // the smallest value
            new Object[] {"999", "CLA-01", null, "not computed"});

    @TempDir
    Path dir;

    @Test
    void theFooterSaysWhatTheFileIsWhoMadeItAndWhatEachColumnMeans() throws IOException {
        Path file = write(dir.resolve("a.parquet"), RUN, Classification.SHAREABLE, Optional.empty(), ROWS);

        assertThat(ParquetTableReader.keyValueMetadata(file)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("chat_batch.dataset", "figures"),
                Map.entry("chat_batch.schema_version", DatasetProvenance.SCHEMA_VERSION),
                Map.entry("chat_batch.product_version", DatasetProvenance.PRODUCT_VERSION),
                Map.entry("chat_batch.catalogue_version", "2026.11-1"),
                Map.entry("chat_batch.run_uuid", "0f8e2d4c-1b7a-4c39-9e57-3a2b6c1d0e9f"),
                Map.entry("chat_batch.job_instance_id", "7"),
                Map.entry("chat_batch.job_execution_id", "9"),
                Map.entry("chat_batch.produced_at", "2026-10-02T06:00:12Z"),  // to the second
                Map.entry("chat_batch.la_code", "999"),
                Map.entry("chat_batch.synthetic_la", "true"),  // 990 to 999: no English LA's code
                Map.entry("chat_batch.period_end", "2026-09-30"),
                Map.entry("chat_batch.classification", "shareable"),
                Map.entry("chat_batch.revision", "2"),
                Map.entry("chat_batch.column.la_code.description", "The LA"),
                Map.entry("chat_batch.column.indicator_id.description", "The indicator"),
                Map.entry("chat_batch.column.value.description", "The figure"),
                Map.entry("chat_batch.column.value.unit", "percent"),
                Map.entry("chat_batch.column.note.description", "A note")));
        assertThat(ParquetTableReader.read(file).schema()).as("descriptions, units and keys read back")
                .isEqualTo(FIGURES);
    }

    @Test
    void aRealLaIsNotMarkedSynthetic() throws IOException {
        DatasetProvenance newcastle = new DatasetProvenance(RUN.runUuid(), 7, 9, RUN.producedAt(), new LaPeriod("391",
                LocalDate.of(2026, 9, 30)), 1, "2026.11-1", ParquetCodec.ZSTD);
        Path file = write(dir.resolve("391.parquet"), newcastle, Classification.INTERNAL, Optional.empty(), List.of());

        assertThat(ParquetTableReader.keyValueMetadata(file)).containsEntry("chat_batch.synthetic_la", "false")
                .containsEntry("chat_batch.la_code", "391");
    }

    /** generate --las writes real LAs' codes with synthetic data: declared so, the footer says synthetic. */
    @Test
    void aRealLasCodeWithSyntheticDataIsMarkedSynthetic() throws IOException {
        DatasetProvenance generated = new DatasetProvenance(RUN.runUuid(), 7, 9, RUN.producedAt(), new LaPeriod("391",
                LocalDate.of(2026, 9, 30)), 1, "2026.11-1", ParquetCodec.ZSTD, true);
        Path file = write(dir.resolve("391.parquet"), generated, Classification.SHAREABLE, Optional.empty(),
                List.of());

        assertThat(ParquetTableReader.keyValueMetadata(file)).containsEntry("chat_batch.synthetic_la", "true")
                .containsEntry("chat_batch.la_code", "391");
    }

    @Test
    void anEmptyFileOfAnInputNotSuppliedSaysWhy() throws IOException {
        Path file = write(dir.resolve("empty.parquet"), RUN, Classification.INTERNAL,
                Optional.of("no SSDA903 return was supplied"), List.of());

        assertThat(ParquetTableReader.keyValueMetadata(file))
                .containsEntry("chat_batch.empty_reason", "no SSDA903 return was supplied")
                .containsEntry("chat_batch.classification", "internal");
        assertThat(ParquetTableReader.read(file).rowCount()).isZero();
    }

    @Test
    void keyColumnsAreRequiredAndTheRestOptional() throws IOException {
        MessageType schema = ParquetTableReader.footer(write(dir.resolve("a.parquet"), RUN, Classification.INTERNAL,
                Optional.empty(), ROWS)).getFileMetaData().getSchema();

        assertThat(schema.getType("la_code").isRepetition(Type.Repetition.REQUIRED)).isTrue();
        assertThat(schema.getType("indicator_id").isRepetition(Type.Repetition.REQUIRED)).isTrue();
        assertThat(schema.getType("value").isRepetition(Type.Repetition.OPTIONAL)).isTrue();
        assertThat(schema.getType("note").isRepetition(Type.Repetition.OPTIONAL)).isTrue();
    }

    @Test
    void aRowWithoutAKeyIsRefusedNamingTheDatasetAndColumn() throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(dir.resolve("a.parquet"), FIGURES, RUN,
                Classification.INTERNAL, Optional.empty())) {
            assertThatThrownBy(() -> writer.write(new Object[] {"999", null, 1.0, null}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Column 'indicator_id' of dataset 'figures' is a key (REQUIRED) but a row has no value"
                            + " for it; the row was not written");
            writer.write(ROWS.get(0));
            assertThat(writer.rowsWritten()).as("the writer stays usable").isEqualTo(1);
        }
    }

    @Test
    void doublesHaveTheTypeDefinedColumnOrderAndMinMaxThatPyarrowReads() throws IOException {
        ParquetMetadata footer = ParquetTableReader.footer(write(dir.resolve("a.parquet"), RUN,
                Classification.INTERNAL, Optional.empty(), ROWS));

        assertThat(footer.getFileMetaData().getSchema().getType("value").asPrimitiveType().columnOrder())
                .as("not IEEE_754_TOTAL_ORDER, which pyarrow 25 does not know")
                .isEqualTo(ColumnOrder.typeDefined());
        ColumnChunkMetaData value = footer.getBlocks().get(0).getColumns().stream()
                .filter(c -> c.getPath().toDotString().equals("value")).findFirst().orElseThrow();
        Statistics<?> statistics = value.getStatistics();
        assertThat(statistics.hasNonNullValue()).isTrue();
        assertThat(statistics.genericGetMin()).isEqualTo(12.5);
        assertThat(statistics.genericGetMax()).isEqualTo(80.0);
        assertThat(statistics.getNumNulls()).isEqualTo(1);
    }

    @Test
    void snappyWhenTheRunAsksForIt() throws IOException {
        DatasetProvenance snappy = new DatasetProvenance(RUN.runUuid(), 7, 9, RUN.producedAt(), new LaPeriod("999",
                LocalDate.of(2026, 9, 30)), 1, "2026.11-1", ParquetCodec.SNAPPY);
        ParquetMetadata footer = ParquetTableReader.footer(write(dir.resolve("a.parquet"), snappy,
                Classification.INTERNAL, Optional.empty(), ROWS));

        assertThat(footer.getBlocks().get(0).getColumns()).extracting(ColumnChunkMetaData::getCodec)
                .containsOnly(CompressionCodecName.SNAPPY);
        assertThat(ParquetCodec.parse(" Snappy ")).contains(ParquetCodec.SNAPPY);
        assertThat(ParquetCodec.parse("gzip")).isEmpty();
    }

    @Test
    void twoRunsOfTheSameRowsDifferOnlyInTheRunKeys() throws IOException {
        DatasetProvenance later = new DatasetProvenance("5c1a7e3b-2d4f-4a6b-8c9d-0e1f2a3b4c5d", 8, 11,
                Instant.parse("2026-11-02T06:00:00Z"), new LaPeriod("999", LocalDate.of(2026, 9, 30)), 2, "2026.11-1",
                ParquetCodec.ZSTD);
        Path first = write(dir.resolve("first.parquet"), RUN, Classification.INTERNAL, Optional.empty(), ROWS);
        Path again = write(dir.resolve("again.parquet"), RUN, Classification.INTERNAL, Optional.empty(), ROWS);
        Path second = write(dir.resolve("second.parquet"), later, Classification.INTERNAL, Optional.empty(), ROWS);

        assertThat(Files.readAllBytes(again)).as("same rows, same footer: same bytes").isEqualTo(Files.readAllBytes(first));
        Map<String, String> a = ParquetTableReader.keyValueMetadata(first);
        Map<String, String> b = ParquetTableReader.keyValueMetadata(second);
        a.keySet().removeAll(DatasetProvenance.RUN_KEYS);
        b.keySet().removeAll(DatasetProvenance.RUN_KEYS);
        assertThat(b).isEqualTo(a);
    }

    private static Path write(Path file, DatasetProvenance run, Classification classification,
                              Optional<String> emptyReason, List<Object[]> rows) throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, FIGURES, run, classification, emptyReason)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        return file;
    }
}
