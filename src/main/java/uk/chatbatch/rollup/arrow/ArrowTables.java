package uk.chatbatch.rollup.arrow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.TableSchema;

/**
 * A product dataset's schema as an Arrow schema (the same column names and types as its Parquet files, every
 * column nullable), and rows appended to a {@link VectorSchemaRoot} of it.
 */
public final class ArrowTables {

    private ArrowTables() {
    }

    public static Schema schema(TableSchema table) {
        return new Schema(table.columns().stream().map(ArrowTables::field).toList());
    }

    private static Field field(ColumnDef column) {
        ArrowType type = switch (column.type()) {
            case STRING -> ArrowType.Utf8.INSTANCE;
            case DATE -> new ArrowType.Date(DateUnit.DAY);
            case INT32 -> new ArrowType.Int(32, true);
            case INT64 -> new ArrowType.Int(64, true);
            case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case BOOLEAN -> ArrowType.Bool.INSTANCE;
        };
        return new Field(column.name(), FieldType.nullable(type), null);
    }

    /**
     * Appends rows of one table to a root of its {@link #schema}, values in column order as the Parquet writer takes
     * them. Each distinct string is encoded once: a roll-up's strings are few and repeated on every row.
     */
    public static final class Appender {

        private final List<FieldVector> vectors;
        private final Map<String, byte[]> utf8 = new HashMap<>();
        private int rows;

        public Appender(VectorSchemaRoot root) {
            this.vectors = root.getFieldVectors();
            root.allocateNew();
        }

        public void append(Object[] row) {
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                FieldVector vector = vectors.get(c);
                if (v == null) {
                    vector.setNull(rows);
                    continue;
                }
                if (vector instanceof VarCharVector s) {
                    s.setSafe(rows, utf8.computeIfAbsent((String) v, k -> k.getBytes(StandardCharsets.UTF_8)));
                } else if (vector instanceof DateDayVector d) {
                    d.setSafe(rows, Math.toIntExact(((LocalDate) v).toEpochDay()));
                } else if (vector instanceof IntVector i) {
                    i.setSafe(rows, (Integer) v);
                } else if (vector instanceof BigIntVector l) {
                    l.setSafe(rows, (Long) v);
                } else if (vector instanceof Float8Vector f) {
                    f.setSafe(rows, (Double) v);
                } else if (vector instanceof BitVector b) {
                    b.setSafe(rows, ((Boolean) v) ? 1 : 0);
                } else {
                    throw new IllegalStateException("no appender for " + vector.getClass().getSimpleName());
                }
            }
            rows++;
        }

        /** Sets the root's row count; call once after the last row. */
        public void finish(VectorSchemaRoot root) {
            root.setRowCount(rows);
        }
    }

    /** An empty root of the table's schema. */
    public static VectorSchemaRoot create(TableSchema table, BufferAllocator allocator) {
        return VectorSchemaRoot.create(schema(table), allocator);
    }

    /** An empty root of the table's schema carrying the metadata (what a file says about itself). */
    public static VectorSchemaRoot create(TableSchema table, BufferAllocator allocator, Map<String, String> metadata) {
        return VectorSchemaRoot.create(new Schema(schema(table).getFields(), metadata), allocator);
    }
}
