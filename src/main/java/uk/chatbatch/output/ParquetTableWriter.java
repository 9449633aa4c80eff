package uk.chatbatch.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.parquet.column.ParquetProperties;
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
    private final FlatRecordWriter writer;
    /** The schema's columns, looked up once: {@link #check} runs on every value of every row. */
    private final ColumnDef[] columns;
    /** Each column's one accepted Java class ({@link uk.chatbatch.model.ColumnType#javaType()}). */
    private final Class<?>[] javaTypes;
    /** Per column, the last date found to fit a Parquet DATE. */
    private final LocalDate[] lastDateChecked;
    private long rowsWritten;
    private boolean closed;

    private ParquetTableWriter(Path file, TableSchema schema, FlatRecordWriter writer) {
        this.file = file;
        this.schema = schema;
        this.writer = writer;
        this.columns = schema.columns().toArray(ColumnDef[]::new);
        this.javaTypes = schema.columns().stream().map(c -> c.type().javaType()).toArray(Class<?>[]::new);
        this.lastDateChecked = new LocalDate[columns.length];
    }

    /** A file outside a run (tests, benchmarks, the roll-up): ZSTD, the column descriptions in the footer. */
    public static ParquetTableWriter create(Path file, TableSchema schema) throws IOException {
        return create(file, schema, DatasetProvenance.columnMetadata(schema), ParquetCodec.DEFAULT, null, null);
    }

    /** A file outside a run with the given footer (a roll-up's: {@link DatasetProvenance#rollupFooter}), ZSTD. */
    public static ParquetTableWriter create(Path file, TableSchema schema, Map<String, String> footer)
            throws IOException {
        return create(file, schema, footer, ParquetCodec.DEFAULT, null, null);
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
        return create(file, schema, layout.footer(), ParquetCodec.DEFAULT, layout, null);
    }

    /**
     * One file of a run's dataset, with the run's footer.
     *
     * @param emptyReason why the file will have no rows, when its input was not supplied
     */
    public static ParquetTableWriter create(Path file, TableSchema schema, DatasetProvenance run,
                                            Classification classification, Optional<String> emptyReason)
            throws IOException {
        return create(file, schema, run.footer(schema, classification, emptyReason), run.codec(), null, null);
    }

    /**
     * As {@link #create(Path, TableSchema, DatasetProvenance, Classification, Optional)}, with min/max statistics
     * (in each row group's metadata and the page index) for the named columns alone: for a dataset of millions of
     * rows whose other columns no reader prunes on, where comparing every value with the running minimum and
     * maximum is a large part of the writing.
     *
     * @param statisticsColumns the columns readers filter on; each must be one of the schema's
     */
    public static ParquetTableWriter create(Path file, TableSchema schema, DatasetProvenance run,
                                            Classification classification, Optional<String> emptyReason,
                                            Set<String> statisticsColumns) throws IOException {
        Objects.requireNonNull(statisticsColumns, "statisticsColumns");
        return create(file, schema, run.footer(schema, classification, emptyReason), run.codec(), null,
                statisticsColumns);
    }

    private static ParquetTableWriter create(Path file, TableSchema schema, Map<String, String> footer,
                                             ParquetCodec codec, PruningLayout layout,
                                             Set<String> statisticsColumns) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(schema, "schema");
        ParquetProperties.Builder props = ParquetProperties.builder()
                // Size statistics (each column's unencoded bytes and level histograms, new in parquet-java 1.15)
                // cost a call per value, and none of the readers the README names uses them.
                .withSizeStatisticsEnabled(false);
        if (statisticsColumns != null) {
            for (String name : statisticsColumns) {
                schema.indexOf(name); // a name not in the schema is the caller's mistake: say so, naming it
            }
            for (ColumnDef column : schema.columns()) {
                if (!statisticsColumns.contains(column.name())) {
                    props.withStatisticsEnabled(column.name(), false);
                }
            }
        }
        if (layout != null) {
            props.withRowGroupRowCountLimit(layout.rowGroupRows())
                    .withPageRowCountLimit(layout.pageRows());
        }
        FlatRecordWriter writer = new FlatRecordWriter(new LocalOutputFile(file), schema, footer, props.build(),
                CODECS, codec.parquet(), ROW_GROUP_BYTES);
        return new ParquetTableWriter(file, schema, writer);
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

    /**
     * Flushes the last row group and the footer; until then the file is not readable. Closing again does nothing, so
     * the thread that wrote a dataset can close it while its owner closes every writer at the end.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
    }

    /**
     * Messages name the column and the value's type, never the value: it may identify a child. A null key is a
     * fault in the product, not in the input (keys are filled by the product or checked at ingest).
     */
    private void check(Object[] row) {
        Objects.requireNonNull(row, "row");
        if (row.length != columns.length) {
            throw new IllegalArgumentException("Row for table '" + schema.name() + "' has " + row.length
                    + " values but the table has " + schema.columnCount() + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                if (columns[i].required()) {
                    throw new IllegalArgumentException("Column '" + columns[i].name() + "' of dataset '"
                            + schema.name() + "' is a key (REQUIRED) but a row has no value for it; the row was not"
                            + " written");
                }
            } else if (value.getClass() != javaTypes[i] && !columns[i].type().accepts(value)) {
                // the exact class is the one compare a cell needs (every column type's class is final today)
                throw new IllegalArgumentException("Column '" + columns[i].name() + "' of table '" + schema.name()
                        + "' is " + columns[i].type() + " and takes " + javaTypes[i].getName()
                        + " or null, but the row has a " + value.getClass().getName());
            } else if (value instanceof LocalDate date && value != lastDateChecked[i]) {
                if (date.toEpochDay() != (int) date.toEpochDay()) {
                    throw new IllegalArgumentException("Column '" + columns[i].name() + "' of table '"
                            + schema.name() + "' has a date more than 5 million years from 1970, which a Parquet"
                            + " DATE cannot hold");
                }
                // a column mostly repeats one date (the period end): checked once, not once a row
                lastDateChecked[i] = date;
            }
        }
    }
}
