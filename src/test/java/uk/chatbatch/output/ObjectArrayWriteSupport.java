package uk.chatbatch.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import uk.chatbatch.model.ColumnType;

/**
 * Hands {@code Object[]} rows to parquet, column by column, skipping nulls (how an optional field
 * is written as null). Rows are type-checked by {@link ParquetTableWriter} before they get here.
 */
final class ObjectArrayWriteSupport extends WriteSupport<Object[]> {

    private final TableSchema schema;
    private final MessageType messageType;
    /** Footer entries, sorted: the caller's (a run's provenance, or the compactor's merged per-LA footers). */
    private final Map<String, String> footer;
    private RecordConsumer consumer;
    // one writer, one thread: the last string written to each column and its bytes
    private final String[] lastString;
    private final Binary[] lastBinary;
    // likewise the last date of each column and its epoch day: a column mostly repeats one date (the period end)
    private final LocalDate[] lastDate;
    private final int[] lastEpochDay;
    // the schema's names and types by column, looked up once: rows are written by the million
    private final String[] names;
    private final ColumnType[] types;

    ObjectArrayWriteSupport(TableSchema schema) {
        this(schema, Map.of());
    }

    ObjectArrayWriteSupport(TableSchema schema, Map<String, String> footer) {
        this.schema = schema;
        // sorted, so the same footer is written in the same order: Map.copyOf's order changes from JVM to JVM
        this.footer = Collections.unmodifiableMap(new TreeMap<>(footer));
        this.messageType = ParquetSchemas.toParquet(schema);
        this.lastString = new String[schema.columnCount()];
        this.lastBinary = new Binary[schema.columnCount()];
        this.lastDate = new LocalDate[schema.columnCount()];
        this.lastEpochDay = new int[schema.columnCount()];
        this.names = schema.columns().stream().map(ColumnDef::name).toArray(String[]::new);
        this.types = schema.columns().stream().map(ColumnDef::type).toArray(ColumnType[]::new);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, footer);
    }

    /** Required by the abstract class; never called because the writer is given a plain configuration. */
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                continue;
            }
            String name = names[i];
            consumer.startField(name, i);
            switch (types[i]) {
                case STRING -> consumer.addBinary(binary(i, (String) value));
                case DATE -> consumer.addInteger(epochDay(i, (LocalDate) value));
                case INT32 -> consumer.addInteger((Integer) value);
                case INT64 -> consumer.addLong((Long) value);
                case DOUBLE -> consumer.addDouble((Double) value);
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
            }
            consumer.endField(name, i);
        }
        consumer.endMessage();
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
     * step's profile; and a column mostly repeats the same String instance (LA code, indicator id, list, file),
     * so the last one is kept per column and not encoded again. The bytes written are the same.
     */
    private Binary binary(int column, String value) {
        if (value != lastString[column]) {
            lastString[column] = value;
            lastBinary[column] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
        return lastBinary[column];
    }
}
