package uk.chatbatch.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import uk.chatbatch.ingest.BackgroundWork;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.annexa.IngestSink;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.QuarantinedRecord;

/**
 * Streams Annex A ingest's findings into staged Parquet: one dataset per list for clean rows, and the
 * shared quarantine and issues datasets. Every list dataset is written, empty when the list was absent,
 * so a rerun never leaves an earlier run's rows published for a list that has since gone. The clean
 * rows are also kept, for the cross-list checks that need every list at once.
 */
final class ParquetIngestSink implements IngestSink, AutoCloseable {

    private final StagedWriters writers;
    private final LaPeriod key;
    private final Map<AnnexAList, List<TableRecord>> kept = new EnumMap<>(AnnexAList.class);
    /** Writes each list's clean rows once the list is read, beside the thread that goes on to the next list. */
    private final ExecutorService listWriter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "annex-a-list-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> listsWritten = new ArrayList<>();

    ParquetIngestSink(StagedWriters writers, LaPeriod key) {
        this.writers = writers;
        this.key = key;
        for (AnnexAList list : AnnexAList.values()) {
            writers.ensure(TableDataset.schema(list));
        }
    }

    @Override
    public void startList(AnnexAList list) {
        kept.putIfAbsent(list, new ArrayList<>());
    }

    @Override
    public void clean(TableRecord record) {
        // Annex A's reader sends this sink rows of its lists alone
        kept.computeIfAbsent((AnnexAList) record.table(), l -> new ArrayList<>()).add(record);
    }

    /**
     * The list's rows are all in (a list is read from one sheet only): its dataset is written and closed on the side.
     */
    @Override
    public void endList(AnnexAList list) {
        List<TableRecord> rows = List.copyOf(kept.getOrDefault(list, List.of()));
        ParquetTableWriter writer = writers.writerFor(TableDataset.schema(list));
        listsWritten.add(listWriter.submit(() -> {
            for (TableRecord record : rows) {
                writer.write(TableDataset.toRow(record, key));
            }
            // the list is complete: its last row group and footer are written here, beside the reading, rather than
            // with every other dataset at the end of the step
            writer.close();
            return null;
        }));
    }

    /** Waits until every list read is written, rethrowing the first failure. */
    void awaitListsWritten() {
        listsWritten.forEach(BackgroundWork::await);
    }

    /** Lets a list still being written finish (its staging area may be about to be removed), then stops the writer. */
    @Override
    public void close() {
        listWriter.shutdown();
        try {
            listWriter.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void quarantined(QuarantinedRecord row) {
        writers.write(QuarantineDataset.SCHEMA, QuarantineDataset.toRow(row, key));
    }

    @Override
    public void issue(Issue issue) {
        writers.write(IssuesDataset.SCHEMA, IssuesDataset.toRow(issue, key));
    }

    /** The clean rows of every list read, with the skipped lists marked, for the cross-list checks. */
    InputData cleanRows(Map<AnnexAList, String> skipped) {
        InputData data = InputData.empty();
        kept.forEach(data::with);
        skipped.forEach(data::without);
        return data;
    }
}
