package uk.chatbatch.rollup.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.util.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.BenchmarkingDataset;
import uk.chatbatch.rollup.Group;
import uk.chatbatch.rollup.Rollup;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

/** benchmarking.arrow reads back, with a plain Arrow reader, as the same rows as the Parquet periods, in order. */
class BenchmarkingArrowFileTest {

    @TempDir
    Path dir;

    @Test
    void theIpcFileHoldsEveryPeriodsRowsAsTheParquetFilesDo() throws Exception {
        Path region = dir.resolve("region");
        SyntheticRegion.Written written = new SyntheticRegion().write(region,
                new SyntheticRegion.Options(12, 3, 5, LocalDate.of(2026, 9, 30)), 2);
        Rollup.Result result = Rollup.run(List.of(region), dir.resolve("out"), Group.of(written.laCodes()));

        List<List<Object>> parquet = new ArrayList<>();
        for (LocalDate period : written.periods()) {
            TableData t = ParquetTableReader.read(result.benchmarking().resolve("period=" + period));
            t.rows().forEach(r -> parquet.add(Arrays.asList(r)));
        }
        List<List<Object>> arrow = new ArrayList<>();
        int batches;
        try (RootAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(result.arrowFile(), StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertEquals(ArrowTables.schema(BenchmarkingDataset.SCHEMA).getFields(), root.getSchema().getFields());
            List<ArrowBlock> blocks = reader.getRecordBlocks();
            batches = blocks.size();
            for (ArrowBlock block : blocks) {
                reader.loadRecordBatch(block);
                for (int i = 0; i < root.getRowCount(); i++) {
                    List<Object> row = new ArrayList<>();
                    for (FieldVector v : root.getFieldVectors()) {
                        row.add(javaValue(v, i));
                    }
                    arrow.add(row);
                }
            }
        }
        assertEquals(3, batches, "one record batch per period");
        assertEquals(result.rows(), arrow.size());
        assertEquals(parquet, arrow);
    }

    /** Arrow's getObject gives Text for a string and the epoch day for a date; the Parquet reader a String and a LocalDate. */
    private static Object javaValue(FieldVector vector, int row) {
        Object value = vector.getObject(row);
        if (value instanceof Text text) {
            return text.toString();
        }
        if (vector instanceof DateDayVector && value != null) {
            return LocalDate.ofEpochDay((Integer) value);
        }
        return value;
    }
}
