package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.ColumnType;

/**
 * {@link FlatRecordWriter} writes the same bytes as parquet-java's own {@link ParquetWriter} (its record consumer
 * and row-group bookkeeping) given the same rows and properties: the reference here is a {@code WriteSupport}
 * that hands each row to parquet-java field by field, as the product did before.
 */
class FlatRecordWriterTest {

    /** Every column type, keys and optional columns, strings repeated and not, like a drill-down. */
    private static final TableSchema SCHEMA = TableSchema.of("drill_down",
            ColumnDef.key("la_code", ColumnType.STRING, "the LA"),
            ColumnDef.key("period_end", ColumnType.DATE, "the period"),
            ColumnDef.of("child_id", ColumnType.STRING, "a child"),
            ColumnDef.of("counted", ColumnType.BOOLEAN, "in the numerator"),
            ColumnDef.of("source_row", ColumnType.INT32, "row"),
            ColumnDef.of("bytes", ColumnType.INT64, "a long"),
            ColumnDef.of("rate", ColumnType.DOUBLE, "a double"),
            ColumnDef.of("start", ColumnType.DATE, "a date"));

    private static final Map<String, String> FOOTER = Map.of("chat_batch.dataset", "drill_down",
            "chat_batch.schema_version", "1.1", "b.key", "value");

    @TempDir
    Path dir;

    /** What the product sets beside the defaults: row and page count limits, columns without statistics. */
    private record Settings(int rowGroupRows, int pageRows, Set<String> withoutStatistics) {
        static final Settings DEFAULTS = new Settings(ParquetProperties.DEFAULT_ROW_GROUP_ROW_COUNT_LIMIT,
                ParquetProperties.DEFAULT_PAGE_ROW_COUNT_LIMIT, Set.of());

        ParquetProperties.Builder properties() {
            ParquetProperties.Builder props = ParquetProperties.builder().withSizeStatisticsEnabled(false)
                    .withRowGroupRowCountLimit(rowGroupRows).withPageRowCountLimit(pageRows);
            withoutStatistics.forEach(column -> props.withStatisticsEnabled(column, false));
            return props;
        }

        Reference applyTo(Reference builder) {
            builder.withRowGroupRowCountLimit(rowGroupRows).withPageRowCountLimit(pageRows);
            withoutStatistics.forEach(column -> builder.withStatisticsEnabled(column, false));
            return builder;
        }
    }

    @Test
    void oneRowGroupIsTheSameBytesAsParquetWriters() throws IOException {
        assertSameBytes(rows(5_000), 64L << 20, CompressionCodecName.ZSTD, Settings.DEFAULTS);
    }

    @Test
    void rowGroupsFlushedBySizeAreTheSameBytesAsParquetWriters() throws IOException {
        List<Object[]> rows = rows(60_000);

        Path flat = assertSameBytes(rows, 256 * 1024, CompressionCodecName.SNAPPY, Settings.DEFAULTS);

        // the size check really did cut the file into several groups, where parquet-java cuts it
        assertThat(ParquetTableReader.footer(flat).getBlocks()).hasSizeGreaterThan(2);
        List<Object[]> read = ParquetTableReader.read(flat).rows();
        assertThat(read).hasSize(rows.size());
        assertThat(read.get(rows.size() - 1)).containsExactly(rows.get(rows.size() - 1));
    }

    @Test
    void rowAndPageCountLimitsAndStatisticsForSomeColumnsAreTheSameBytesAsParquetWriters() throws IOException {
        Path flat = assertSameBytes(rows(12_345), 64L << 20, CompressionCodecName.ZSTD,
                new Settings(5_000, 1_000, Set.of("child_id", "rate")));

        assertThat(ParquetTableReader.footer(flat).getBlocks()).extracting(b -> b.getRowCount())
                .containsExactly(5_000L, 5_000L, 2_345L);
    }

    @Test
    void noRowsIsTheSameBytesAsParquetWriters() throws IOException {
        Path flat = assertSameBytes(List.of(), 64L << 20, CompressionCodecName.ZSTD, Settings.DEFAULTS);

        assertThat(ParquetTableReader.footer(flat).getBlocks()).isEmpty();
        assertThat(ParquetTableReader.footer(flat).getFileMetaData().getKeyValueMetaData()).isEqualTo(FOOTER);
    }

    @Test
    void aFailedWriteLeavesNoReadableFileAndRefusesMoreRows() throws IOException {
        Path file = dir.resolve("failed.parquet");
        FlatRecordWriter writer = flat(file, 64L << 20, CompressionCodecName.ZSTD, Settings.DEFAULTS);
        writer.write(rows(1).get(0));
        Object[] wrongType = rows(1).get(0);
        wrongType[4] = "not an int"; // the table writer checks rows first; this one did not

        assertThatThrownBy(() -> writer.write(wrongType)).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> writer.write(rows(1).get(0))).isInstanceOf(IOException.class)
                .hasMessageContaining("failed earlier");
        writer.close();

        assertThatThrownBy(() -> ParquetTableReader.footer(file)).isInstanceOf(Exception.class);
    }

    private Path assertSameBytes(List<Object[]> rows, long rowGroupBytes, CompressionCodecName codec,
                                 Settings settings) throws IOException {
        Path flat = dir.resolve("flat.parquet");
        Path reference = dir.resolve("reference.parquet");
        try (FlatRecordWriter writer = flat(flat, rowGroupBytes, codec, settings)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        Reference builder = settings.applyTo(new Reference(reference));
        builder.withConf(new PlainParquetConfiguration())
                .withCodecFactory(new PlainCodecFactory())
                .withCompressionCodec(codec)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(rowGroupBytes)
                .withSizeStatisticsEnabled(false);
        try (ParquetWriter<Object[]> writer = builder.build()) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        assertThat(Files.readAllBytes(flat)).isEqualTo(Files.readAllBytes(reference));
        return flat;
    }

    private static FlatRecordWriter flat(Path file, long rowGroupBytes, CompressionCodecName codec,
                                         Settings settings) throws IOException {
        return new FlatRecordWriter(new LocalOutputFile(file), SCHEMA, FOOTER, settings.properties().build(),
                new PlainCodecFactory(), codec, rowGroupBytes);
    }

    private static List<Object[]> rows(int count) {
        Random random = new Random(7);
        LocalDate periodEnd = LocalDate.of(2026, 9, 30);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"201", periodEnd, i % 11 == 0 ? null : "C" + random.nextInt(50_000),
                    i % 7 == 0 ? null : random.nextBoolean(), i + 2, i % 5 == 0 ? null : random.nextLong(),
                    i % 3 == 0 ? null : random.nextDouble(),
                    i % 13 == 0 ? null : periodEnd.minusDays(random.nextInt(4_000))});
        }
        return rows;
    }

    /** parquet-java's own writer, given rows through {@link ObjectArrayWriteSupport} and the same properties. */
    private static final class Reference extends ParquetWriter.Builder<Object[], Reference> {

        Reference(Path file) {
            super(new LocalOutputFile(file));
        }

        @Override
        protected Reference self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new ObjectArrayWriteSupport(SCHEMA, FOOTER);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new ObjectArrayWriteSupport(SCHEMA, FOOTER);
        }
    }
}
