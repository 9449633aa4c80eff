package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Only the first date of a column is range-checked in full and then remembered: a later one is checked again. */
    @Test
    void aDateAParquetDateCannotHoldIsRefusedAfterTheSameColumnTookAGoodOne() throws IOException {
        Path file = dir.resolve("dates.parquet");
        LocalDate good = LocalDate.of(2026, 9, 30);
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, REFERRALS)) {
            writer.write(new Object[] {"C1", good, null, null});
            assertThatThrownBy(() -> writer.write(new Object[] {"C2", LocalDate.of(5_900_000, 1, 1), null, null}))
                    .as("about 5.88 million years after 1970 is past the last day an INT32 counts")
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Column 'referral_date' of table 'referrals' has a date more than 5 million years"
                            + " from 1970, which a Parquet DATE cannot hold");
            assertThatThrownBy(() -> writer.write(new Object[] {"C3", LocalDate.MIN, null, null}))
                    .isInstanceOf(IllegalArgumentException.class);
            writer.write(new Object[] {"C4", LocalDate.of(5_000_000, 12, 31), null, null});
            writer.write(new Object[] {"C5", good, null, null});
        }

        assertThat(ParquetTableReader.read(file).column("referral_date"))
                .containsExactly(good, LocalDate.of(5_000_000, 12, 31), good);
    }

    /**
     * The writer keeps each column's last String and its bytes, by identity: an equal String that is another object,
     * and text beyond ASCII, come back as written.
     */
    @Test
    void equalStringsThatAreOtherObjectsAndNonAsciiTextReadBackAsWritten() throws IOException {
        String zoe = "Zo\u00eb \u00d8stergaard-\u65e5\u672c \ud83d\ude00";
        List<Object[]> rows = List.of(
                new Object[] {"C1", null, null, null},
                new Object[] {new String("C1"), null, null, null},      // equal, another object
                new Object[] {zoe, null, null, null},                     // two and three UTF-8 bytes, a surrogate pair
                new Object[] {new String(zoe), null, null, null},
                new Object[] {"C1", null, null, null},                    // back to an earlier value
                new Object[] {"", null, null, null});
        Path file = write(dir.resolve("strings.parquet"), rows);

        assertThat(ParquetTableReader.read(file).column("child_id"))
                .containsExactly("C1", "C1", zoe, zoe, "C1", "");
    }

    @Test
    void minAndMaxAreWrittenForTheNamedColumnsAloneAndNoSizeStatisticsForAny() throws IOException {
        Path file = dir.resolve("filtered.parquet");
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, REFERRALS, DatasetFooterTest.RUN,
                Classification.INTERNAL, Optional.empty(), Set.of("child_id", "referral_date"))) {
            for (Object[] row : ROWS) {
                writer.write(row);
            }
        }

        Map<String, ColumnChunkMetaData> columns = ParquetTableReader.footer(file).getBlocks().get(0).getColumns()
                .stream().collect(Collectors.toMap(c -> c.getPath().toDotString(), c -> c));
        assertThat(columns.get("child_id").getStatistics().minAsString()).isEqualTo("C1");
        assertThat(columns.get("child_id").getStatistics().maxAsString()).isEqualTo("C3");
        assertThat(columns.get("referral_date").getStatistics().genericGetMax()).isEqualTo(
                (int) LocalDate.of(2025, 2, 3).toEpochDay());
        assertThat(columns.get("age").getStatistics().hasNonNullValue()).as("age: no min/max").isFalse();
        assertThat(columns.get("nfa").getStatistics().hasNonNullValue()).as("nfa: no min/max").isFalse();
        assertThat(columns.values()).allSatisfy(c -> assertThat(c.getSizeStatistics()).satisfiesAnyOf(
                s -> assertThat(s).isNull(), s -> assertThat(s.isValid()).isFalse()));
        assertThat(ParquetTableReader.read(file).rows()).containsExactly(ROWS.get(0), ROWS.get(1), ROWS.get(2));
    }

    @Test
    void everyColumnHasMinAndMaxUnlessTheCallerNamesSome() throws IOException {
        Path file = write(dir.resolve("referrals.parquet"), ROWS);

        assertThat(ParquetTableReader.footer(file).getBlocks().get(0).getColumns())
                .allSatisfy(c -> assertThat(c.getStatistics().hasNonNullValue()).as(c.getPath().toDotString()).isTrue());
    }

    @Test
    void aStatisticsColumnNotInTheSchemaIsRefusedNamingIt() {
        assertThatThrownBy(() -> ParquetTableWriter.create(dir.resolve("x.parquet"), REFERRALS, DatasetFooterTest.RUN,
                Classification.INTERNAL, Optional.empty(), Set.of("child_id", "referal_date")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'referrals' has no column 'referal_date'");
    }

    /** An Annex A list's writer is closed by the thread that wrote it and again with every dataset at the end. */
    @Test
    void closingASecondTimeChangesNothing() throws IOException {
        Path file = dir.resolve("referrals.parquet");
        ParquetTableWriter writer = ParquetTableWriter.create(file, REFERRALS);
        writer.write(ROWS.get(0));
        writer.close();
        byte[] once = Files.readAllBytes(file);
        writer.close();

        assertThat(Files.readAllBytes(file)).isEqualTo(once);
        assertThat(ParquetTableReader.read(file).column("child_id")).containsExactly("C1");
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
