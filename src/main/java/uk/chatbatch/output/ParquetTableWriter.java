package uk.chatbatch.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes rows of one {@link TableSchema} to one local Parquet file, ZSTD-compressed unless the run asks
 * for SNAPPY, with no Hadoop installation and no Hadoop configuration.
 *
 * <p>A run's files carry {@link DatasetProvenance}'s footer: the dataset, schema version, run, LA, period,
 * classification and each column's description and unit. The same rows and the same footer give the same
 * bytes; the only run-specific values are the footer's {@link DatasetProvenance#RUN_KEYS} (design
 * invariant 2). A file written outside a run carries only the column descriptions. The file is overwritten if it exists, because a restarted step writes again from
 * scratch into staging; parquet keeps a whole row group in memory and a killed writer leaves an
 * empty file, so appending to a half-written file is never an option.
 *
 * <p>A row is checked completely before any of it reaches parquet, so a rejected row leaves the
 * writer usable and the file consistent.
 */
public final class ParquetTableWriter implements AutoCloseable {

    /** Bounds memory per open writer; one LA's datasets fit in one group. */
    static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;

    private static final PlainCodecFactory CODECS = new PlainCodecFactory();

    private final Path file;
    private final TableSchema schema;
    private final ParquetWriter<Object[]> writer;
    /** The schema's columns, looked up once: {@link #check} runs on every value of every row. */
    private final ColumnDef[] columns;
    private long rowsWritten;

    private ParquetTableWriter(Path file, TableSchema schema, ParquetWriter<Object[]> writer) {
        this.file = file;
        this.schema = schema;
        this.writer = writer;
        this.columns = schema.columns().toArray(ColumnDef[]::new);
    }

    /** A file outside a run (tests, benchmarks, the roll-up): ZSTD, the column descriptions in the footer. */
    public static ParquetTableWriter create(Path file, TableSchema schema) throws IOException {
        return create(file, schema, DatasetProvenance.columnMetadata(schema), ParquetCodec.DEFAULT, null);
    }

    /**
     * For a file many queries read (the compacted lake): row groups and pages of at most so many rows, so a filter
     * on the sorting columns skips most of the file by row-group statistics and the page index. Its footer is the
     * given one alone (the per-LA files' merged footers): parquet-java refuses a key given twice.
     */
    public record PruningLayout(int rowGroupRows, int pageRows, Map<String, String> footer) {
        public PruningLayout {
            footer = Map.copyOf(footer);
        }
    }

    /** As {@link #create(Path, TableSchema)}, laid out for pruning, with the layout's footer. */
    public static ParquetTableWriter create(Path file, TableSchema schema, PruningLayout layout) throws IOException {
        Objects.requireNonNull(layout, "layout");
        return create(file, schema, layout.footer(), ParquetCodec.DEFAULT, layout);
    }

    /**
     * One file of a run's dataset, with the run's footer.
     *
     * @param emptyReason why the file will have no rows, when its input was not supplied
     */
    public static ParquetTableWriter create(Path file, TableSchema schema, DatasetProvenance run,
                                            Classification classification, Optional<String> emptyReason)
            throws IOException {
        return create(file, schema, run.footer(schema, classification, emptyReason), run.codec(), null);
    }

    private static ParquetTableWriter create(Path file, TableSchema schema, Map<String, String> footer,
                                             ParquetCodec codec, PruningLayout layout) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(schema, "schema");
        Builder builder = new Builder(file, schema, footer)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(CODECS)
                .withCompressionCodec(codec.parquet())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(ROW_GROUP_BYTES);
        if (layout != null) {
            builder.withRowGroupRowCountLimit(layout.rowGroupRows())
                    .withPageRowCountLimit(layout.pageRows());
        }
        return new ParquetTableWriter(file, schema, builder.build());
    }

    /**
     * Appends one row, values in schema column order. The row is not kept: a caller may fill the same array again
     * for the next row.
     *
     * @throws IllegalArgumentException if the row has the wrong length or a value is not the
     *                                  column's Java type; the message names the column
     */
    public void write(Object[] row) throws IOException {
        check(row);
        writer.write(row);
        rowsWritten++;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public Path file() {
        return file;
    }

    /** Flushes the last row group and the footer; until then the file is not readable. */
    @Override
    public void close() throws IOException {
        writer.close();
    }

    /**
     * Messages name the column and the value's type, never the value: it may identify a child. A null key is a
     * fault in the product, not in the input (keys are filled by the product or checked at ingest).
     */
    private void check(Object[] row) {
        Objects.requireNonNull(row, "row");
        if (row.length != schema.columnCount()) {
            throw new IllegalArgumentException("Row for table '" + schema.name() + "' has " + row.length
                    + " values but the table has " + schema.columnCount() + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            ColumnDef column = columns[i];
            Object value = row[i];
            if (value == null && column.required()) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of dataset '" + schema.name()
                        + "' is a key (REQUIRED) but a row has no value for it; the row was not written");
            }
            if (!column.type().accepts(value)) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of table '" + schema.name()
                        + "' is " + column.type() + " and takes " + column.type().javaType().getName()
                        + " or null, but the row has a " + value.getClass().getName());
            }
            if (value instanceof LocalDate date && date.toEpochDay() != (int) date.toEpochDay()) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of table '" + schema.name()
                        + "' has a date more than 5 million years from 1970, which a Parquet DATE cannot hold");
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final TableSchema schema;
        private final Map<String, String> footer;

        Builder(Path file, TableSchema schema, Map<String, String> footer) {
            super(new LocalOutputFile(file));
            this.schema = schema;
            this.footer = footer;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new ObjectArrayWriteSupport(schema, footer);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new ObjectArrayWriteSupport(schema, footer);
        }
    }
}
