package uk.chatbatch.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a Parquet file, or every {@code part-*.parquet} file of a partition directory, back into
 * a {@link TableData} with the Java types {@link ParquetTableWriter} accepts.
 *
 * <p>Uses the low-level file reader with a plain configuration and {@link PlainCodecFactory},
 * because parquet's high-level readers build a Hadoop configuration and codec pool, which need
 * more of Hadoop than {@code hadoop-client-api}. Part files are read in name order so the row
 * order is the order they were written in.
 */
public final class ParquetTableReader {

    private static final PlainCodecFactory CODECS = new PlainCodecFactory();

    private ParquetTableReader() {
    }

    /**
     * @param fileOrPartitionDir a {@code .parquet} file, or a directory whose {@code part-*.parquet}
     *                           files share one schema
     * @throws IllegalArgumentException if the directory has no part files or they disagree on the schema
     */
    public static TableData read(Path fileOrPartitionDir) throws IOException {
        if (!Files.isDirectory(fileOrPartitionDir)) {
            return readFile(fileOrPartitionDir);
        }
        List<Path> parts = partFiles(fileOrPartitionDir);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Directory " + fileOrPartitionDir + " has no part-*.parquet files");
        }
        TableData first = readFile(parts.get(0));
        List<Object[]> rows = new ArrayList<>(first.rows());
        for (Path part : parts.subList(1, parts.size())) {
            TableData next = readFile(part);
            if (!next.schema().equals(first.schema())) {
                throw new IllegalArgumentException("Part file " + part + " has schema " + next.schema()
                        + " but " + parts.get(0) + " has " + first.schema());
            }
            rows.addAll(next.rows());
        }
        return new TableData(first.schema(), rows);
    }

    /** The part files of a partition directory, sorted by name. */
    public static List<Path> partFiles(Path partitionDir) throws IOException {
        try (Stream<Path> listing = Files.list(partitionDir)) {
            return listing
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith("part-") && name.endsWith(".parquet");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * The key-value metadata of a file's footer ({@link DatasetProvenance}'s keys), what a file says about itself;
     * empty for a file written without it.
     */
    public static Map<String, String> keyValueMetadata(Path file) throws IOException {
        return new TreeMap<>(footer(file).getFileMetaData().getKeyValueMetaData());
    }

    /** The footer (schema, row groups, codecs, created_by), for checks on how a file was written. */
    public static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader reader = open(file)) {
            return reader.getFooter();
        }
    }

    /** The footer's key-value metadata (what a file says about itself), in key order. */
    public static java.util.SortedMap<String, String> footerMetadata(Path file) throws IOException {
        return new java.util.TreeMap<>(footer(file).getFileMetaData().getKeyValueMetaData());
    }

    private static TableData readFile(Path file) throws IOException {
        try (ParquetFileReader reader = open(file)) {
            MessageType messageType = reader.getFooter().getFileMetaData().getSchema();
            TableSchema schema = ParquetSchemas.fromParquet(messageType,
                    reader.getFooter().getFileMetaData().getKeyValueMetaData(), file.toString());
            MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(messageType);
            List<Object[]> rows = new ArrayList<>(Math.toIntExact(reader.getRecordCount()));
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                RecordReader<Object[]> records =
                        columnIO.getRecordReader(rowGroup, new ObjectArrayMaterializer(schema), FilterCompat.NOOP);
                for (long i = 0; i < rowGroup.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
            return new TableData(schema, rows);
        }
    }

    private static ParquetFileReader open(Path file) throws IOException {
        ParquetReadOptions options = new ParquetReadOptions.Builder(new PlainParquetConfiguration())
                .withCodecFactory(CODECS)
                .build();
        return ParquetFileReader.open(new LocalInputFile(file), options);
    }
}
