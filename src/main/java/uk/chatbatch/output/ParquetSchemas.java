package uk.chatbatch.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.ColumnOrder;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import uk.chatbatch.model.ColumnType;

/**
 * The one place that decides how a {@link ColumnType} looks inside a Parquet file, so the writer
 * and the reader cannot drift apart. Dates carry the DATE logical type and strings the STRING
 * logical type, so DuckDB, pandas and Spark show dates and text rather than integers and bytes. Key
 * columns are REQUIRED, every other column OPTIONAL; a column's description and unit come back from the
 * footer, so a schema read from a file equals the one it was written with.
 */
final class ParquetSchemas {

    private ParquetSchemas() {
    }

    static MessageType toParquet(TableSchema schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ColumnDef column : schema.columns()) {
            message.addField(toParquet(column));
        }
        return message.named(schema.name());
    }

    private static Type toParquet(ColumnDef column) {
        Type.Repetition repetition = column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
        return switch (column.type()) {
            case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType()).named(column.name());
            case INT32 -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
            case INT64 -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
            // parquet-java 1.18 gives doubles the IEEE-754 total order by default, whose min/max pyarrow 25 ignores;
            // min/max under the type-defined order are what every reader prunes on.
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition)
                    .columnOrder(ColumnOrder.typeDefined()).named(column.name());
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
        };
    }

    /** The table schema of a file; fails, naming the file and column, on shapes we never write. */
    static TableSchema fromParquet(MessageType message, Map<String, String> footer, String file) {
        List<ColumnDef> columns = new ArrayList<>();
        for (Type field : message.getFields()) {
            columns.add(new ColumnDef(field.getName(), columnType(field, file),
                    field.isRepetition(Type.Repetition.REQUIRED),
                    footer.get(DatasetProvenance.columnKey(field.getName(), DatasetProvenance.DESCRIPTION)),
                    footer.get(DatasetProvenance.columnKey(field.getName(), DatasetProvenance.UNIT))));
        }
        return new TableSchema(message.getName(), columns);
    }

    private static ColumnType columnType(Type field, String file) {
        if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
            throw unreadable(field, file);
        }
        PrimitiveType primitive = field.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        return switch (primitive.getPrimitiveTypeName()) {
            case BINARY -> {
                if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
                    yield ColumnType.STRING;
                }
                throw unreadable(field, file);
            }
            case INT32 -> {
                if (logical == null) {
                    yield ColumnType.INT32;
                }
                if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
                    yield ColumnType.DATE;
                }
                throw unreadable(field, file);
            }
            case INT64 -> {
                if (logical == null) {
                    yield ColumnType.INT64;
                }
                throw unreadable(field, file);
            }
            case DOUBLE -> ColumnType.DOUBLE;
            case BOOLEAN -> ColumnType.BOOLEAN;
            default -> throw unreadable(field, file);
        };
    }

    private static IllegalArgumentException unreadable(Type field, String file) {
        return new IllegalArgumentException("Parquet file " + file + " has column '" + field.getName()
                + "' of type '" + field + "', which chat-batch does not read; accepted are string, date, int32, "
                + "int64, double and boolean columns");
    }
}
