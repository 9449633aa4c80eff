package uk.chatbatch.compact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import uk.chatbatch.output.PlainCodecFactory;

/**
 * The aggregates a regional analyst runs over the indicators, read the way a query engine reads Parquet: only the
 * columns asked for (projection), row groups skipped by their min/max statistics and dictionaries, pages skipped by
 * the page index, and the remaining rows filtered one by one. The same code reads the per-LA lake and the compacted
 * one, so the benchmark compares layouts, not readers.
 */
public final class IndicatorQuery {

    private static final PlainCodecFactory CODECS = new PlainCodecFactory();

    /** The mean of one indicator's whole-population value over every LA, per period; and how many rows it used. */
    public record MeanByPeriod(SortedMap<LocalDate, Double> means, long rowsUsed) {
    }

    private IndicatorQuery() {
    }

    /** Every {@code .parquet} file under a dataset's folder ({@code la=/period=/} or {@code period=/}), in path order. */
    public static List<Path> files(Path datasetDir) throws IOException {
        try (Stream<Path> walk = Files.walk(datasetDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .sorted().toList();
        }
    }

    /** {@code count(*)}: the rows of every file, from the footers alone, as every engine answers it. */
    public static long count(List<Path> files) throws IOException {
        long rows = 0;
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options(FilterCompat.NOOP))) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }

    /**
     * {@code select period_end, avg(value) from indicators where indicator_id = ? and breakdown = 'all' group by
     * period_end}: suppressed or uncomputed figures (no value) are left out, as SQL's avg leaves out nulls.
     */
    public static MeanByPeriod meanByPeriod(List<Path> files, String indicatorId) throws IOException {
        FilterPredicate predicate = FilterApi.and(
                FilterApi.eq(FilterApi.binaryColumn("indicator_id"), Binary.fromString(indicatorId)),
                FilterApi.eq(FilterApi.binaryColumn("breakdown"), Binary.fromString("all")));
        FilterCompat.Filter filter = FilterCompat.get(predicate);
        SortedMap<LocalDate, double[]> sums = new TreeMap<>();
        long used = 0;
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options(filter))) {
                MessageType full = reader.getFooter().getFileMetaData().getSchema();
                MessageType projection = project(full, "indicator_id", "breakdown", "period_end", "value");
                reader.setRequestedSchema(projection);
                MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(projection, full);
                PageReadStore rowGroup;
                while ((rowGroup = reader.readNextFilteredRowGroup()) != null) {
                    Row row = new Row();
                    RecordReader<Row> records = columnIO.getRecordReader(rowGroup, new RowMaterializer(row), filter);
                    for (long i = 0; i < rowGroup.getRowCount(); i++) {
                        Row read = records.read();
                        if (read != null && !records.shouldSkipCurrentRecord() && read.hasValue) {
                            double[] sum = sums.computeIfAbsent(LocalDate.ofEpochDay(read.periodEnd),
                                    k -> new double[2]);
                            sum[0] += read.value;
                            sum[1]++;
                            used++;
                        }
                    }
                }
            }
        }
        SortedMap<LocalDate, Double> means = new TreeMap<>();
        sums.forEach((period, sum) -> means.put(period, sum[0] / sum[1]));
        return new MeanByPeriod(means, used);
    }

    private static ParquetReadOptions options(FilterCompat.Filter filter) {
        return new ParquetReadOptions.Builder(new PlainParquetConfiguration())
                .withCodecFactory(CODECS)
                .withRecordFilter(filter)
                .useStatsFilter(true)
                .useDictionaryFilter(true)
                .useColumnIndexFilter(true)
                .useRecordFilter(true)
                .build();
    }

    private static MessageType project(MessageType full, String... columns) {
        List<Type> fields = new ArrayList<>();
        for (String column : columns) {
            fields.add(full.getType(column));
        }
        return new MessageType(full.getName(), fields);
    }

    /** The projected columns of the row being read; reused, as the reader hands rows over one at a time. */
    private static final class Row {
        int periodEnd;
        double value;
        boolean hasValue;
    }

    private static final class RowMaterializer extends RecordMaterializer<Row> {
        private final Row row;
        private final GroupConverter root;

        RowMaterializer(Row row) {
            this.row = row;
            PrimitiveConverter ignored = new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) {
                    // indicator_id and breakdown are read only for the filter
                }
            };
            PrimitiveConverter period = new PrimitiveConverter() {
                @Override
                public void addInt(int value) {
                    row.periodEnd = value;
                }
            };
            PrimitiveConverter value = new PrimitiveConverter() {
                @Override
                public void addDouble(double v) {
                    row.value = v;
                    row.hasValue = true;
                }
            };
            Converter[] converters = {ignored, ignored, period, value};
            this.root = new GroupConverter() {
                @Override
                public Converter getConverter(int fieldIndex) {
                    return converters[fieldIndex];
                }

                @Override
                public void start() {
                    row.hasValue = false;
                }

                @Override
                public void end() {
                }
            };
        }

        @Override
        public Row getCurrentRecord() {
            return row;
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }
}
