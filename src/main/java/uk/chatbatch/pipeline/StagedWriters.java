package uk.chatbatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.output.Classification;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.output.TableSchema;

/**
 * One Parquet writer per dataset in a staging area, opened on first use, so every source's sink can
 * write to the shared quarantine and issues datasets as well as its own tables.
 */
final class StagedWriters implements AutoCloseable {

    private final StagingArea staging;
    private final DatasetProvenance run;
    private final Map<String, ParquetTableWriter> writers = new LinkedHashMap<>();

    StagedWriters(StagingArea staging, DatasetProvenance run) {
        this.staging = staging;
        this.run = run;
    }

    /** Opens the dataset's writer if it is not open yet, so the dataset exists even with no rows. */
    void ensure(TableSchema schema) {
        open(schema, Optional.empty());
    }

    /** Writes the dataset with no rows, the reason in its footer, unless it is already open. */
    void ensureEmpty(TableSchema schema, String reason) {
        open(schema, Optional.of(reason));
    }

    private void open(TableSchema schema, Optional<String> emptyReason) {
        writers.computeIfAbsent(schema.name(), name -> {
            try {
                return ParquetTableWriter.create(staging.datasetPartition(name).resolve(OutputLayout.partFileName(0)),
                        schema, run, Classification.INTERNAL, emptyReason);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The dataset's writer, opened if need be, for one other thread to write all of that dataset's rows (while this
     * one opens and writes the others): a writer is not safe for two threads, nor is the map of writers.
     */
    ParquetTableWriter writerFor(TableSchema schema) {
        ensure(schema);
        return writers.get(schema.name());
    }

    void write(TableSchema schema, Object[] row) {
        ensure(schema);
        try {
            writers.get(schema.name()).write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes every writer (each flushes its last row group and footer), on both cores: a ten-times LA's datasets took
     * a third of a second of one core here. Every writer is closed before the first failure is rethrown.
     */
    @Override
    public void close() throws IOException {
        List<InParallel.Task<Void>> closing = new ArrayList<>();
        for (ParquetTableWriter writer : writers.values()) {
            closing.add(() -> {
                writer.close();
                return null;
            });
        }
        InParallel.inOrder(closing);
    }
}
