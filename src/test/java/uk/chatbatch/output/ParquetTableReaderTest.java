package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.model.ColumnType;

class ParquetTableReaderTest {

    private static final TableSchema EVERY_TYPE = TableSchema.of("every_type",
            new ColumnDef("text", ColumnType.STRING),
            new ColumnDef("day", ColumnType.DATE),
            new ColumnDef("small", ColumnType.INT32),
            new ColumnDef("big", ColumnType.INT64),
            new ColumnDef("ratio", ColumnType.DOUBLE),
            new ColumnDef("flag", ColumnType.BOOLEAN));

    private static final TableSchema CHILDREN = TableSchema.of("children",
            new ColumnDef("child_id", ColumnType.STRING),
            new ColumnDef("row_number", ColumnType.INT32));

    @TempDir
    Path dir;

    @Test
    void everyTypeComesBackAsTheJavaValueThatWasWritten() throws IOException {
        List<Object[]> rows = List.of(
                new Object[] {"Zoë Ångström-Nuñez", LocalDate.of(2025, 3, 31), 45, 3_000_000_000L, 0.125, true},
                // before 1970: DATE is days since the epoch, so these are negative
                new Object[] {"", LocalDate.of(1900, 1, 1), Integer.MIN_VALUE, Long.MIN_VALUE, -0.0, false},
                new Object[] {"子ども 🙂", LocalDate.of(2024, 2, 29), Integer.MAX_VALUE, Long.MAX_VALUE, Double.NaN, false},
                new Object[] {null, null, null, null, null, null});
        Path file = write(dir.resolve("every_type.parquet"), EVERY_TYPE, rows);

        TableData data = ParquetTableReader.read(file);

        assertThat(data.schema()).isEqualTo(EVERY_TYPE);
        assertThat(data.rowCount()).isEqualTo(4);
        assertThat(data.rows().get(0))
                .containsExactly("Zoë Ångström-Nuñez", LocalDate.of(2025, 3, 31), 45, 3_000_000_000L, 0.125, true);
        assertThat(data.rows().get(1))
                .containsExactly("", LocalDate.of(1900, 1, 1), Integer.MIN_VALUE, Long.MIN_VALUE, -0.0, false);
        assertThat(data.rows().get(2))
                .containsExactly("子ども 🙂", LocalDate.of(2024, 2, 29), Integer.MAX_VALUE, Long.MAX_VALUE, Double.NaN, false);
        assertThat(data.rows().get(3)).containsExactly(null, null, null, null, null, null);
    }

    @Test
    void repeatedStringsAndDatesComeBackEqualAndShared() throws IOException {
        // A column of few distinct values is dictionary-encoded; each distinct value is decoded once and its rows
        // share it (the clean rows read back for the indicators hold millions of such cells).
        TableSchema contacts = TableSchema.of("contacts",
                new ColumnDef("list", ColumnType.STRING),
                new ColumnDef("day", ColumnType.DATE),
                new ColumnDef("child_id", ColumnType.STRING));
        List<Object[]> rows = List.of(
                new Object[] {"List 1", LocalDate.of(2025, 3, 31), "C1"},
                new Object[] {"List 1", LocalDate.of(2025, 3, 31), "C2"},
                new Object[] {"List 3", null, "C1"},
                new Object[] {null, LocalDate.of(2024, 2, 29), "C1"},
                new Object[] {"List 1", LocalDate.of(2025, 3, 31), null});
        Path file = write(dir.resolve("contacts.parquet"), contacts, rows);

        TableData data = ParquetTableReader.read(file);

        assertThat(data.column("list")).containsExactly("List 1", "List 1", "List 3", null, "List 1");
        assertThat(data.column("day")).containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), null,
                LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 31));
        assertThat(data.column("child_id")).containsExactly("C1", "C2", "C1", "C1", null);
        assertThat(data.rows().get(1)[0]).isSameAs(data.rows().get(0)[0]);
        assertThat(data.rows().get(4)[1]).isSameAs(data.rows().get(0)[1]);
    }

    @Test
    void anEmptyStringAndANullStayDifferent() throws IOException {
        Path file = write(dir.resolve("children.parquet"), CHILDREN, List.of(
                new Object[] {"", 1},
                new Object[] {null, 2}));

        assertThat(ParquetTableReader.read(file).column("child_id")).containsExactly("", null);
    }

    @Test
    void aFileWithNoRowsReadsBackAsItsSchemaAndNoRows() throws IOException {
        Path file = write(dir.resolve("children.parquet"), CHILDREN, List.of());

        TableData data = ParquetTableReader.read(file);

        assertThat(data.schema()).isEqualTo(CHILDREN);
        assertThat(data.rows()).isEmpty();
    }

    @Test
    void aPartitionDirectoryIsReadPartFileByPartFileInNameOrder() throws IOException {
        Path partition = Files.createDirectories(dir.resolve("la=201/period=2025-03-31"));
        // written out of order, so only sorting by name gives 1, 2, 3
        write(partition.resolve("part-00001.parquet"), CHILDREN, List.<Object[]>of(new Object[] {"C3", 3}));
        write(partition.resolve("part-00000.parquet"), CHILDREN, List.of(
                new Object[] {"C1", 1},
                new Object[] {"C2", 2}));
        Files.writeString(partition.resolve("_SUCCESS"), "");
        write(partition.resolve("notes.parquet"), CHILDREN, List.<Object[]>of(new Object[] {"not a part file", 99}));

        TableData data = ParquetTableReader.read(partition);

        assertThat(ParquetTableReader.partFiles(partition)).extracting(p -> p.getFileName().toString())
                .containsExactly("part-00000.parquet", "part-00001.parquet");
        assertThat(data.column("child_id")).containsExactly("C1", "C2", "C3");
        assertThat(data.column("row_number")).containsExactly(1, 2, 3);
    }

    @Test
    void partFilesThatDisagreeOnTheSchemaAreRefused() throws IOException {
        Path partition = Files.createDirectories(dir.resolve("la=201/period=2025-03-31"));
        write(partition.resolve("part-00000.parquet"), CHILDREN, List.<Object[]>of(new Object[] {"C1", 1}));
        write(partition.resolve("part-00001.parquet"), EVERY_TYPE, List.of());

        assertThatThrownBy(() -> ParquetTableReader.read(partition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part-00001.parquet has schema")
                .hasMessageContaining("part-00000.parquet has");
    }

    @Test
    void aDirectoryWithoutPartFilesIsRefused() throws IOException {
        Path partition = Files.createDirectories(dir.resolve("la=201/period=2025-03-31"));

        assertThatThrownBy(() -> ParquetTableReader.read(partition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Directory " + partition + " has no part-*.parquet files");
    }

    private static Path write(Path file, TableSchema schema, List<Object[]> rows) throws IOException {
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, schema)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        return file;
    }
}
