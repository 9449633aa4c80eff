package uk.chatbatch.output;

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
 * The tests' reference writer: hands {@code Object[]} rows to parquet-java's own record consumer, field by field,
 * skipping nulls (how an optional field is written as null), as the product did before {@link FlatRecordWriter}.
 * Plain on purpose: each string and date is encoded afresh, so the flat writer's caching is compared too.
 */
final class ObjectArrayWriteSupport extends WriteSupport<Object[]> {

    private final MessageType messageType;
    /** Footer entries, sorted: the caller's (a run's provenance, or the compactor's merged per-LA footers). */
    private final Map<String, String> footer;
    private RecordConsumer consumer;
    private final String[] names;
    private final ColumnType[] types;

    ObjectArrayWriteSupport(TableSchema schema, Map<String, String> footer) {
        // sorted, so the same footer is written in the same order: Map.copyOf's order changes from JVM to JVM
        this.footer = Collections.unmodifiableMap(new TreeMap<>(footer));
        this.messageType = ParquetSchemas.toParquet(schema);
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
                case STRING -> consumer.addBinary(Binary.fromString((String) value));
                case DATE -> consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
                case INT32 -> consumer.addInteger((Integer) value);
                case INT64 -> consumer.addLong((Long) value);
                case DOUBLE -> consumer.addDouble((Double) value);
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
            }
            consumer.endField(name, i);
        }
        consumer.endMessage();
    }
}
