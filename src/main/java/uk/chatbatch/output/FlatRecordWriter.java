package uk.chatbatch.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import uk.chatbatch.model.ColumnType;

/**
 * Writes flat {@code Object[]} rows straight into parquet-java's column writers, one row group at a time.
 *
 * <p>Why not {@link ParquetWriter}: for a flat row it walks each value through a {@code RecordConsumer}
 * ({@code startField}, the field's name, {@code endField}) before the same column writer gets it. On the
 * drill-down of a ten-times LA, millions of rows, that walk was a large part of writing it. Every class used
 * here is public parquet-java API, and the row-group bookkeeping is parquet-java's own
 * ({@code InternalParquetRecordWriter}, 1.18): the buffered size is checked at the rows it would check, and a
 * group is flushed where it would flush one. So the files are the same, byte for byte, as {@link ParquetWriter}
 * given the same properties ({@code FlatRecordWriterTest} compares them).
 *
 * <p>Rows reach here checked ({@link ParquetTableWriter#write}): a value is the column's Java type, and null only
 * in an optional column. Not thread-safe: one writer, one thread.
 */
final class FlatRecordWriter implements AutoCloseable {

    private final ParquetFileWriter file;
    private final MessageType messageType;
    private final List<ColumnDescriptor> descriptors;
    private final ParquetProperties props;
    private final CompressionCodecFactory codecs;
    private final CompressionCodecName codec;
    private final long rowGroupBytes;
    /** Sorted, so the same footer is written in the same order: Map.copyOf's order changes from JVM to JVM. */
    private final Map<String, String> footer;
    private final ColumnType[] types;
    /** 0 for a required column, 1 for an optional one: the definition level of a value that is there. */
    private final int[] definitionLevel;

    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private final ColumnWriter[] writers;
    private int rowGroupOrdinal;
    private long rowsInGroup;
    private long rowsAtNextSizeCheck;
    private long nextRowGroupBytes;
    private boolean aborted;
    private boolean closed;

    // a column mostly repeats the same String instance (LA code, indicator id, list, file) and the same date (the
    // period end): the last one and its encoding are kept per column, not encoded again
    private final String[] lastString;
    private final Binary[] lastBinary;
    private final LocalDate[] lastDate;
    private final int[] lastEpochDay;

    FlatRecordWriter(OutputFile out, TableSchema schema, Map<String, String> footer, ParquetProperties props,
                     CompressionCodecFactory codecs, CompressionCodecName codec, long rowGroupBytes)
            throws IOException {
        this.messageType = ParquetSchemas.toParquet(schema);
        this.descriptors = messageType.getColumns();
        this.props = props;
        this.codecs = codecs;
        this.codec = codec;
        this.rowGroupBytes = rowGroupBytes;
        this.nextRowGroupBytes = rowGroupBytes;
        this.footer = new TreeMap<>(footer);
        this.types = schema.columns().stream().map(ColumnDef::type).toArray(ColumnType[]::new);
        this.definitionLevel = descriptors.stream().mapToInt(ColumnDescriptor::getMaxDefinitionLevel).toArray();
        this.writers = new ColumnWriter[types.length];
        this.lastString = new String[types.length];
        this.lastBinary = new Binary[types.length];
        this.lastDate = new LocalDate[types.length];
        this.lastEpochDay = new int[types.length];
        this.file = new ParquetFileWriter(out, messageType, ParquetFileWriter.Mode.OVERWRITE, rowGroupBytes,
                ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, props);
        file.start();
        startRowGroup();
        rowsAtNextSizeCheck = props.getMinRowCountForPageSizeCheck();
    }

    void write(Object[] row) throws IOException {
        if (aborted) {
            throw new IOException("The Parquet writer failed earlier and cannot take more rows");
        }
        try {
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                ColumnWriter writer = writers[i];
                if (value == null) {
                    writer.writeNull(0, 0);
                    continue;
                }
                int level = definitionLevel[i];
                switch (types[i]) {
                    case STRING -> writer.write(binary(i, (String) value), 0, level);
                    case DATE -> writer.write(epochDay(i, (LocalDate) value), 0, level);
                    case INT32 -> writer.write((int) (Integer) value, 0, level);
                    case INT64 -> writer.write((long) (Long) value, 0, level);
                    case DOUBLE -> writer.write((double) (Double) value, 0, level);
                    case BOOLEAN -> writer.write((boolean) (Boolean) value, 0, level);
                }
            }
            store.endRecord();
            rowsInGroup++;
            flushIfGroupFull();
        } catch (IOException | RuntimeException e) {
            aborted = true;
            throw e;
        }
    }

    /** Flushes the last row group and writes the footer; after a failed write, leaves the file unfinished. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (aborted) {
                file.abort();
                return;
            }
            flushRowGroup();
            file.end(new HashMap<>(footer));
        } catch (IOException | RuntimeException e) {
            file.abort();
            throw e;
        } finally {
            closeStores();
            file.close();
        }
    }

    private void startRowGroup() {
        pages = ColumnChunkPageWriteStore.builder()
                .withSchema(messageType)
                .withAllocator(props.getAllocator())
                .withColumnIndexTruncateLength(props.getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(props.getPageWriteChecksumEnabled())
                .withRowGroupOrdinal(rowGroupOrdinal)
                .withCompressorProvider(this::compressor)
                .build();
        store = props.newColumnWriteStore(messageType, pages, pages);
        for (int i = 0; i < writers.length; i++) {
            writers[i] = store.getColumnWriter(descriptors.get(i));
        }
    }

    private BytesInputCompressor compressor(ColumnDescriptor column) {
        return codecs.getCompressor(codec);
    }

    /** parquet-java's {@code InternalParquetRecordWriter.checkBlockSizeReached}, step for step. */
    private void flushIfGroupFull() throws IOException {
        if (rowsInGroup >= props.getRowGroupRowCountLimit()) {
            startNextRowGroup();
        } else if (rowsInGroup >= rowsAtNextSizeCheck) {
            // the buffered size is costly to add up, so it is checked now and then, not at every row
            long bytes = store.getBufferedSize();
            long rowBytes = bytes / rowsInGroup;
            // flush when within about two rows of the limit: better slightly under the size than over it
            if (bytes > nextRowGroupBytes - 2 * rowBytes) {
                startNextRowGroup();
            } else {
                rowsAtNextSizeCheck = Math.min(
                        Math.max(props.getMinRowCountForPageSizeCheck(),
                                (rowsInGroup + (long) (nextRowGroupBytes / ((float) rowBytes))) / 2),
                        rowsInGroup + props.getMaxRowCountForPageSizeCheck());
            }
        }
    }

    private void startNextRowGroup() throws IOException {
        long rows = rowsInGroup;
        flushRowGroup();
        startRowGroup();
        rowsAtNextSizeCheck = Math.min(Math.max(props.getMinRowCountForPageSizeCheck(), rows / 2),
                props.getMaxRowCountForPageSizeCheck());
    }

    private void flushRowGroup() throws IOException {
        try {
            if (rowsInGroup > 0) {
                rowGroupOrdinal++;
                file.startBlock(rowsInGroup);
                store.flush();
                pages.flushToFileWriter(file);
                rowsInGroup = 0;
                file.endBlock();
                nextRowGroupBytes = Math.min(file.getNextRowGroupSize(), rowGroupBytes);
            }
        } finally {
            closeStores();
        }
    }

    private void closeStores() {
        if (store != null) {
            store.close();
            pages.close();
            store = null;
            pages = null;
        }
    }

    private int epochDay(int column, LocalDate value) {
        if (value != lastDate[column]) {
            lastEpochDay[column] = Math.toIntExact(value.toEpochDay());
            lastDate[column] = value;
        }
        return lastEpochDay[column];
    }

    /**
     * The string as UTF-8 bytes in an array-backed Binary. {@code Binary.fromString} wraps a ByteBuffer, whose
     * hashing and comparing in the dictionary encoder and the column statistics was the top of the indicators
     * step's profile.
     */
    private Binary binary(int column, String value) {
        if (value != lastString[column]) {
            lastString[column] = value;
            lastBinary[column] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
        return lastBinary[column];
    }
}
