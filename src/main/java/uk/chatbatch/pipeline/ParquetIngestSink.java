package uk.chatbatch.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.datasets.AnnexAListDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.annexa.IngestSink;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/**
 * Streams Annex A ingest's findings into staged Parquet: one dataset per list for clean rows, and the
 * shared quarantine and issues datasets. Every list dataset is written, empty when the list was absent,
 * so a rerun never leaves an earlier run's rows published for a list that has since gone. The clean
 * rows are also kept, for the cross-list checks that need every list at once.
 */
final class ParquetIngestSink implements IngestSink {

    private final StagedWriters writers;
    private final LaPeriod key;
    private final Map<AnnexAList, List<TableRecord>> kept = new EnumMap<>(AnnexAList.class);

    ParquetIngestSink(StagedWriters writers, LaPeriod key) {
        this.writers = writers;
        this.key = key;
        for (AnnexAList list : AnnexAList.values()) {
            writers.ensure(AnnexAListDataset.schema(list));
        }
    }

    @Override
    public void startList(AnnexAList list) {
        kept.putIfAbsent(list, new ArrayList<>());
    }

    @Override
    public void clean(TableRecord record) {
        AnnexAList list = (AnnexAList) record.table(); // Annex A's reader sends it rows of its lists alone
        writers.write(AnnexAListDataset.schema(list), AnnexAListDataset.toRow(record, key));
        kept.computeIfAbsent(list, l -> new ArrayList<>()).add(record);
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
