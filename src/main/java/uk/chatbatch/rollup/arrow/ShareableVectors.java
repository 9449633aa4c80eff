package uk.chatbatch.rollup.arrow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.PlainCodecFactory;
import uk.chatbatch.rollup.IndicatorPartition;
import uk.chatbatch.rollup.RollupInputException;
import uk.chatbatch.rollup.ShareableRow;

/**
 * One period's shareable indicators rows of every LA of a group, held as Arrow vectors: read column by column
 * straight from Parquet (only the {@link ShareableRow#COLUMNS} a roll-up needs), each string column dictionary
 * encoded as it is read (an {@link IntVector} of codes and the distinct strings once), numbers and flags in
 * their own vectors. No row object and no per-row string is ever made.
 */
public final class ShareableVectors implements AutoCloseable {

    private static final PlainCodecFactory CODECS = new PlainCodecFactory();
    private static final Converter IGNORED = new PrimitiveConverter() {
    };

    /** A string column: codes into its distinct values, in first-seen order; -1 for an empty value. */
    public static final class StringColumn {
        final IntVector codes;
        private final Map<Binary, Integer> index = new HashMap<>();
        /** A dictionary-encoded page hands back the same Binary for the same value: found by identity first. */
        private final Map<Binary, Integer> sameObject = new IdentityHashMap<>();
        final List<String> values = new ArrayList<>();

        StringColumn(IntVector codes) {
            this.codes = codes;
        }

        void set(int row, Binary value) {
            Integer code = sameObject.get(value);
            if (code == null) {
                code = index.get(value);
                if (code == null) {
                    code = values.size();
                    index.put(value.copy(), code);
                    values.add(value.toStringUsingUTF8());
                }
                sameObject.put(value, code);
            }
            codes.set(row, code);
        }

        /** A new column chunk: its page's values are new objects. */
        void newChunk() {
            sameObject.clear();
        }

        /** The string of a row, null when empty. */
        public String get(int row) {
            return codes.isNull(row) ? null : values.get(codes.get(row));
        }

        /** Each code's position in the sorted distinct values, so codes compare as their strings do. */
        int[] sortedRanks() {
            Integer[] order = new Integer[values.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> values.get(a).compareTo(values.get(b)));
            int[] rank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            return rank;
        }

        int distinct() {
            return values.size();
        }

        /** The code of a string, or -1 when no row holds it. */
        int codeOf(String text) {
            return values.indexOf(text);
        }
    }

    private final List<FieldVector> vectors = new ArrayList<>();
    final int rowCount;
    final StringColumn laCode;
    final DateDayVector periodEnd;
    final StringColumn indicatorId;
    final StringColumn indicatorTitle;
    final StringColumn breakdown;
    final StringColumn breakdownValue;
    final Float8Vector value;
    final StringColumn unit;
    final StringColumn polarity;
    final StringColumn status;
    final StringColumn settings;
    final Float8Vector englandValue;
    final StringColumn englandYear;
    final StringColumn catalogueVersion;
    final BitVector suppressed;
    final StringColumn suppressionReason;
    private final Object[] byColumn;

    private ShareableVectors(BufferAllocator allocator, int rowCount) {
        this.rowCount = rowCount;
        laCode = strings(allocator, "la_code");
        periodEnd = add(new DateDayVector("period_end", allocator));
        indicatorId = strings(allocator, "indicator_id");
        indicatorTitle = strings(allocator, "indicator_title");
        breakdown = strings(allocator, "breakdown");
        breakdownValue = strings(allocator, "breakdown_value");
        value = add(new Float8Vector("value", allocator));
        unit = strings(allocator, "unit");
        polarity = strings(allocator, "polarity");
        status = strings(allocator, "status");
        settings = strings(allocator, "settings");
        englandValue = add(new Float8Vector("england_value", allocator));
        englandYear = strings(allocator, "england_year");
        catalogueVersion = strings(allocator, "catalogue_version");
        suppressed = add(new BitVector("suppressed", allocator));
        suppressionReason = strings(allocator, "suppression_reason");
        byColumn = new Object[] {laCode, periodEnd, indicatorId, indicatorTitle, breakdown, breakdownValue, value, unit,
                polarity, status, settings, englandValue, englandYear, catalogueVersion, suppressed, suppressionReason};
        for (FieldVector v : vectors) {
            v.setInitialCapacity(rowCount);
            v.allocateNew();
        }
    }

    /** Reads the partitions' part files into vectors, checking each row's LA and period against its folder. */
    public static ShareableVectors read(List<IndicatorPartition> partitions, BufferAllocator allocator)
            throws IOException {
        List<IndicatorPartition> owners = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        long total = 0;
        for (IndicatorPartition partition : partitions) {
            for (Path file : ParquetTableReader.partFiles(partition.dir())) {
                try (ParquetFileReader reader = open(file)) {
                    total += reader.getRecordCount();
                }
                owners.add(partition);
                files.add(file);
            }
        }
        ShareableVectors vectors = new ShareableVectors(allocator, Math.toIntExact(total));
        try {
            int row = 0;
            for (int f = 0; f < files.size(); f++) {
                row = vectors.load(files.get(f), owners.get(f), row);
            }
            for (FieldVector v : vectors.vectors) {
                v.setValueCount(row);
            }
            return vectors;
        } catch (IOException | RuntimeException e) {
            vectors.close();
            throw e;
        }
    }

    private int load(Path file, IndicatorPartition partition, int firstRow) throws IOException {
        try (ParquetFileReader reader = open(file)) {
            MessageType fileSchema = reader.getFooter().getFileMetaData().getSchema();
            ShareableRow.requireColumns(new HashSet<>(fileSchema.getFields().stream().map(Type::getName).toList()),
                    file);
            MessageType projection = new MessageType(fileSchema.getName(),
                    ShareableRow.COLUMNS.stream().map(fileSchema::getType).toList());
            reader.setRequestedSchema(projection);
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            int start = firstRow;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, new IgnoredRecord(projection.getFieldCount()),
                        projection, createdBy);
                int n = Math.toIntExact(pages.getRowCount());
                for (int c = 0; c < ShareableRow.COLUMNS.size(); c++) {
                    ColumnDescriptor column = projection.getColumns().get(c);
                    readColumn(file, column, store.getColumnReader(column), byColumn[c], start, n);
                }
                start += n;
            }
            check(file, partition, firstRow, start);
            return start;
        }
    }

    private static void readColumn(Path file, ColumnDescriptor column, ColumnReader reader, Object target, int start,
                                   int n) {
        int present = column.getMaxDefinitionLevel();
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        PrimitiveTypeName expected = target instanceof StringColumn ? PrimitiveTypeName.BINARY
                : target instanceof Float8Vector ? PrimitiveTypeName.DOUBLE
                : target instanceof DateDayVector ? PrimitiveTypeName.INT32 : PrimitiveTypeName.BOOLEAN;
        if (type != expected) {
            throw new RollupInputException(file + ": column " + column.getPath()[0] + " is " + type + ", not " + expected
                    + " as the shareable indicators dataset writes it; rerun that LA.");
        }
        if (target instanceof StringColumn s) {
            s.newChunk();
        }
        for (int i = start; i < start + n; i++) {
            boolean has = reader.getCurrentDefinitionLevel() == present;
            if (target instanceof StringColumn s) {
                if (has) {
                    s.set(i, reader.getBinary());
                } else {
                    s.codes.setNull(i);
                }
            } else if (target instanceof Float8Vector d) {
                if (has) {
                    d.set(i, reader.getDouble());
                } else {
                    d.setNull(i);
                }
            } else if (target instanceof DateDayVector day) {
                if (has) {
                    day.set(i, reader.getInteger());
                } else {
                    day.setNull(i);
                }
            } else {
                BitVector b = (BitVector) target;
                if (has) {
                    b.set(i, reader.getBoolean() ? 1 : 0);
                } else {
                    b.setNull(i);
                }
            }
            reader.consume();
        }
    }

    private void check(Path file, IndicatorPartition partition, int from, int to) {
        int folderDay = Math.toIntExact(partition.key().periodEnd().toEpochDay());
        for (int i = from; i < to; i++) {
            String empty = laCode.codes.isNull(i) ? "la_code" : periodEnd.isNull(i) ? "period_end"
                    : indicatorId.codes.isNull(i) ? "indicator_id" : breakdown.codes.isNull(i) ? "breakdown"
                    : breakdownValue.codes.isNull(i) ? "breakdown_value" : null;
            if (empty != null || periodEnd.get(i) != folderDay || !laCode.get(i).equals(partition.key().laCode())) {
                ShareableRow.requireInPartition(partition, file, i - from + 1L, empty == null ? laCode.get(i) : null,
                        empty == null ? LocalDate.ofEpochDay(periodEnd.get(i)) : null, empty);
            }
        }
    }

    /** Whether row i's figure can enter the group's statistics (as {@link ShareableRow#usable()}). */
    boolean usable(int i, int computedCode) {
        return !(!suppressed.isNull(i) && suppressed.get(i) == 1) && !status.codes.isNull(i)
                && status.codes.get(i) == computedCode && !value.isNull(i) && !Double.isNaN(value.get(i));
    }

    private StringColumn strings(BufferAllocator allocator, String name) {
        return new StringColumn(add(new IntVector(name, allocator)));
    }

    private <V extends FieldVector> V add(V vector) {
        vectors.add(vector);
        return vector;
    }

    private static ParquetFileReader open(Path file) throws IOException {
        ParquetReadOptions options = new ParquetReadOptions.Builder(new PlainParquetConfiguration())
                .withCodecFactory(CODECS).build();
        return ParquetFileReader.open(new LocalInputFile(file), options);
    }

    @Override
    public void close() {
        vectors.forEach(FieldVector::close);
    }

    /** Column readers want a converter tree; values are taken from the readers themselves, so it does nothing. */
    private static final class IgnoredRecord extends GroupConverter {
        private final int fields;

        IgnoredRecord(int fields) {
            this.fields = fields;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            if (fieldIndex >= fields) {
                throw new IndexOutOfBoundsException(fieldIndex);
            }
            return IGNORED;
        }

        @Override
        public void start() {
        }

        @Override
        public void end() {
        }
    }
}
