package uk.chatbatch.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The one place that decides how a {@link ColumnType} looks inside a Parquet file, so the writer
 * and the reader cannot drift apart. Dates carry the DATE logical type and strings the STRING
 * logical type, so DuckDB, pandas and Spark show dates and text rather than integers and bytes.
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
        return switch (column.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32)
                    .as(LogicalTypeAnnotation.dateType()).named(column.name());
            case INT32 -> Types.optional(PrimitiveTypeName.INT32).named(column.name());
            case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(column.name());
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
        };
    }

    /** The table schema of a file; fails, naming the file and column, on shapes we never write. */
    static TableSchema fromParquet(MessageType message, String file) {
        List<ColumnDef> columns = new ArrayList<>();
        for (Type field : message.getFields()) {
            columns.add(new ColumnDef(field.getName(), columnType(field, file)));
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
