package uk.chatbatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import uk.chatbatch.ingest.BackgroundWork;
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
    /** Datasets whose writers were handed to {@link #closeAfter}: written in full, never to be opened again. */
    private final Set<String> closedEarly = new HashSet<>();
    private final List<Future<Void>> closing = new ArrayList<>();

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
        if (closedEarly.contains(schema.name())) {
            throw new IllegalStateException("dataset " + schema.name() + " was closed once written; it cannot be"
                    + " written to again");
        }
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
     * Closes these datasets' writers (writing out their buffered rows and footers) on every core once {@code written}
     * has returned on another thread, while this thread goes on with the others: for datasets that another thread is
     * still writing, and that nothing will write to after it.
     */
    void closeAfter(Runnable written, List<TableSchema> schemas) {
        List<ParquetTableWriter> done = new ArrayList<>();
        for (TableSchema schema : schemas) {
            ensure(schema);
            done.add(writers.remove(schema.name()));
            closedEarly.add(schema.name());
        }
        closing.add(BackgroundWork.start("dataset-closer", () -> {
            try {
                written.run();
            } finally {
                closeAll(done);
            }
            return null;
        }));
    }

    /**
     * Closes every writer, on every core, and waits for those closing in the background, before the first failure
     * is rethrown: nothing is still writing into a staging area that may be about to be removed.
     */
    @Override
    public void close() throws IOException {
        Exception first = null;
        try {
            closeAll(List.copyOf(writers.values()));
        } catch (IOException | RuntimeException e) {
            first = e;
        }
        for (Future<Void> background : closing) {
            try {
                BackgroundWork.await(background);
            } catch (RuntimeException e) {
                Exception cause = e instanceof IllegalStateException && e.getCause() instanceof IOException io ? io : e;
                first = first == null ? cause : first;
            }
        }
        if (first instanceof IOException io) {
            throw io;
        } else if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    /** Every writer is closed, each on one thread, before the first failure is rethrown. */
    private static void closeAll(List<ParquetTableWriter> toClose) throws IOException {
        InParallel.inOrder(toClose.stream().<InParallel.Task<Void>>map(writer -> () -> {
            writer.close();
            return null;
        }).toList());
    }
}
