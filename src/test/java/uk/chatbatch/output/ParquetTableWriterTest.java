package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.ColumnType;

class ParquetTableWriterTest {

    private static final TableSchema REFERRALS = TableSchema.of("referrals",
            new ColumnDef("child_id", ColumnType.STRING),
            new ColumnDef("referral_date", ColumnType.DATE),
            new ColumnDef("age", ColumnType.INT32),
            new ColumnDef("nfa", ColumnType.BOOLEAN));

    private static final List<Object[]> ROWS = List.of(
            new Object[] {"C1", LocalDate.of(2025, 1, 6), 7, false},
            new Object[] {"C2", LocalDate.of(2025, 2, 3), 15, true},
            new Object[] {"C3", null, null, null});

    @TempDir
    Path dir;

    @Test
    void footerRecordsZstdForEveryColumnAndTheDateAndStringLogicalTypes() throws IOException {
        Path file = write(dir.resolve("referrals.parquet"), ROWS);

        ParquetMetadata footer = ParquetTableReader.footer(file);

        assertThat(footer.getBlocks()).hasSize(1);
        assertThat(footer.getBlocks().get(0).getRowCount()).isEqualTo(3);
        assertThat(footer.getBlocks().get(0).getColumns())
                .extracting(ColumnChunkMetaData::getCodec)
                .containsExactly(CompressionCodecName.ZSTD, CompressionCodecName.ZSTD,
                        CompressionCodecName.ZSTD, CompressionCodecName.ZSTD);
        MessageType schema = footer.getFileMetaData().getSchema();
        assertThat(schema.getName()).isEqualTo("referrals");
        assertThat(schema.getType("referral_date").asPrimitiveType().getPrimitiveTypeName())
                .isEqualTo(PrimitiveTypeName.INT32);
        assertThat(schema.getType("referral_date").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.dateType());
        assertThat(schema.getType("child_id").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(schema.getType("age").getLogicalTypeAnnotation()).isNull();
        assertThat(schema.getFields()).allMatch(f -> f.isRepetition(Type.Repetition.OPTIONAL));
    }

    @Test
    void footerCarriesNoTimestampOrRunSpecificMetadata() throws IOException {
        Path file = write(dir.resolve("referrals.parquet"), ROWS);

        ParquetMetadata footer = ParquetTableReader.footer(file);

        assertThat(footer.getFileMetaData().getKeyValueMetaData()).isEmpty();
        assertThat(footer.getFileMetaData().getCreatedBy()).startsWith("parquet-mr version 1.18.1");
    }

    @Test
    void sameRowsGiveByteIdenticalFiles() throws IOException {
        Path first = write(dir.resolve("first.parquet"), ROWS);
        Path second = write(dir.resolve("second.parquet"), ROWS);

        assertThat(Files.size(first)).isGreaterThan(0);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    /** A killed writer leaves a 0-byte file (java-stack.md gotcha 7); the restart must overwrite it. */
    @Test
    void anExistingFileIsOverwrittenNotAppendedTo() throws IOException {
        Path file = dir.resolve("referrals.parquet");
        Files.createFile(file);

        write(file, ROWS);
        write(file, ROWS.subList(0, 1));

        assertThat(ParquetTableReader.read(file).column("child_id")).containsExactly("C1");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheColumnAndTheType() throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(dir.resolve("bad.parquet"), REFERRALS)) {
            assertThatThrownBy(() -> writer.write(new Object[] {"C1", "2025-01-06", 7, false}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Column 'referral_date' of table 'referrals' is DATE and takes java.time.LocalDate"
                            + " or null, but the row has a java.lang.String");
            assertThatThrownBy(() -> writer.write(new Object[] {"C1", null, 7L, false}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Column 'age' of table 'referrals' is INT32 and takes java.lang.Integer"
                            + " or null, but the row has a java.lang.Long");
        }
    }

    @Test
    void theValueItselfIsKeptOutOfTheMessageBecauseItMayIdentifyAChild() throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(dir.resolve("bad.parquet"), REFERRALS)) {
            assertThatThrownBy(() -> writer.write(new Object[] {12345678, null, null, null}))
                    .hasMessageContaining("'child_id'")
                    .hasMessageNotContaining("12345678");
        }
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(dir.resolve("bad.parquet"), REFERRALS)) {
            assertThatThrownBy(() -> writer.write(new Object[] {"C1", null, 7}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Row for table 'referrals' has 3 values but the table has 4 columns");
        }
    }

    @Test
    void aRefusedRowLeavesTheWriterUsableAndIsNotCounted() throws IOException {
        Path file = dir.resolve("referrals.parquet");
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, REFERRALS)) {
            writer.write(ROWS.get(0));
            assertThatThrownBy(() -> writer.write(new Object[] {"C9", null, "seven", null}))
                    .isInstanceOf(IllegalArgumentException.class);
            writer.write(ROWS.get(1));

            assertThat(writer.rowsWritten()).isEqualTo(2);
        }

        assertThat(ParquetTableReader.read(file).column("child_id")).containsExactly("C1", "C2");
    }

    /** The drill-down fills one array for each of its millions of rows: the writer must not keep it. */
    @Test
    void oneArrayFilledAgainForEachRowGivesTheSameFileAsAnArrayPerRow() throws IOException {
        Path each = write(dir.resolve("each.parquet"), ROWS);
        Path reused = dir.resolve("reused.parquet");
        try (ParquetTableWriter writer = ParquetTableWriter.create(reused, REFERRALS)) {
            Object[] row = new Object[REFERRALS.columnCount()];
            for (Object[] values : ROWS) {
                System.arraycopy(values, 0, row, 0, row.length);
                writer.write(row);
            }
        }

        assertThat(ParquetTableReader.read(reused).rows())
                .containsExactly(ROWS.get(0), ROWS.get(1), ROWS.get(2));
        assertThat(Files.readAllBytes(reused)).isEqualTo(Files.readAllBytes(each));
    }

    private static Path write(Path file, List<Object[]> rows) throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, REFERRALS)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size());
        }
        return file;
    }
}
