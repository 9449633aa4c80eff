package uk.chatbatch.output;

import java.time.LocalDate;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import uk.chatbatch.model.ColumnType;

/**
 * Builds one {@code Object[]} per record, the mirror of {@link FlatRecordWriter}. A column
 * that parquet never visits for a record stays null, which is how optional nulls come back.
 */
final class ObjectArrayMaterializer extends RecordMaterializer<Object[]> {

    private final int columnCount;
    private final Converter[] converters;
    private Object[] current;

    private final GroupConverter root = new GroupConverter() {
        @Override
        public Converter getConverter(int fieldIndex) {
            return converters[fieldIndex];
        }

        @Override
        public void start() {
            current = new Object[columnCount];
        }

        @Override
        public void end() {
        }
    };

    ObjectArrayMaterializer(TableSchema schema) {
        this.columnCount = schema.columnCount();
        this.converters = new Converter[columnCount];
        for (int i = 0; i < columnCount; i++) {
            converters[i] = converterFor(schema.columns().get(i).type(), i);
        }
    }

    @Override
    public Object[] getCurrentRecord() {
        return current;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    private PrimitiveConverter converterFor(ColumnType type, int index) {
        return switch (type) {
            // A dictionary-encoded column chunk is decoded once per distinct value, and its rows share those values:
            // read back for the indicators, a 96,000-child LA's clean rows held 5 million Strings.
            case STRING -> new SharedDecoding(index) {
                @Override
                Object decode(Dictionary dictionary, int id) {
                    return dictionary.decodeToBinary(id).toStringUsingUTF8();
                }

                @Override
                public void addBinary(Binary value) {
                    current[index] = value.toStringUsingUTF8();
                }
            };
            case DATE -> new SharedDecoding(index) {
                @Override
                Object decode(Dictionary dictionary, int id) {
                    return LocalDate.ofEpochDay(dictionary.decodeToInt(id));
                }

                @Override
                public void addInt(int value) {
                    current[index] = LocalDate.ofEpochDay(value);
                }
            };
            case INT32 -> new PrimitiveConverter() {
                @Override
                public void addInt(int value) {
                    current[index] = value;
                }
            };
            case INT64 -> new PrimitiveConverter() {
                @Override
                public void addLong(long value) {
                    current[index] = value;
                }
            };
            case DOUBLE -> new PrimitiveConverter() {
                @Override
                public void addDouble(double value) {
                    current[index] = value;
                }
            };
            case BOOLEAN -> new PrimitiveConverter() {
                @Override
                public void addBoolean(boolean value) {
                    current[index] = value;
                }
            };
        };
    }

    /** A column whose dictionary values are decoded once per column chunk, its rows sharing them. */
    private abstract class SharedDecoding extends PrimitiveConverter {

        private final int index;
        private Object[] decoded;

        SharedDecoding(int index) {
            this.index = index;
        }

        abstract Object decode(Dictionary dictionary, int id);

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dictionary) {
            decoded = new Object[dictionary.getMaxId() + 1];
            for (int id = 0; id < decoded.length; id++) {
                decoded[id] = decode(dictionary, id);
            }
        }

        @Override
        public void addValueFromDictionary(int dictionaryId) {
            current[index] = decoded[dictionaryId];
        }
    }
}
