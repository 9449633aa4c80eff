package uk.chatbatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.datasets.AnnexAListDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.IngestSink;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.QuarantinedRow;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.output.TableSchema;

/**
 * Streams ingest's findings into staged Parquet: one dataset per list for clean rows, and the
 * quarantine and issues datasets. Every list dataset is written, empty when the list was absent,
 * so a rerun never leaves an earlier run's rows published for a list that has since gone.
 */
final class ParquetIngestSink implements IngestSink, AutoCloseable {

    private final StagingArea staging;
    private final String laCode;
    private final LocalDate periodEnd;
    private final Map<AnnexAList, ParquetTableWriter> lists = new EnumMap<>(AnnexAList.class);
    private final ParquetTableWriter quarantine;
    private final ParquetTableWriter issues;
    private final Map<AnnexAList, java.util.List<AnnexARecord>> kept = new EnumMap<>(AnnexAList.class);

    ParquetIngestSink(StagingArea staging, String laCode, LocalDate periodEnd) throws IOException {
        this.staging = staging;
        this.laCode = laCode;
        this.periodEnd = periodEnd;
        this.quarantine = open(QuarantineDataset.SCHEMA);
        this.issues = open(IssuesDataset.SCHEMA);
    }

    private ParquetTableWriter open(TableSchema schema) throws IOException {
        return ParquetTableWriter.create(staging.datasetPartition(schema.name()).resolve(OutputLayout.partFileName(0)),
                schema);
    }

    private ParquetTableWriter listWriter(AnnexAList list) {
        return lists.computeIfAbsent(list, l -> {
            try {
                return open(AnnexAListDataset.schema(l));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void startList(AnnexAList list) {
        listWriter(list);
    }

    @Override
    public void clean(AnnexARecord record) {
        write(listWriter(record.list()), AnnexAListDataset.toRow(record, laCode, periodEnd));
        kept.computeIfAbsent(record.list(), l -> new java.util.ArrayList<>()).add(record);
    }

    /** The clean rows so far, for the cross-list checks that need every list at once. */
    AnnexAData cleanRows(java.util.Map<AnnexAList, String> skipped) {
        AnnexAData data = AnnexAData.empty();
        for (AnnexAList list : lists.keySet()) {
            data.with(list, kept.getOrDefault(list, java.util.List.of()));
        }
        skipped.forEach(data::without);
        return data;
    }

    @Override
    public void quarantined(QuarantinedRow row) {
        write(quarantine, QuarantineDataset.toRow(row, laCode, periodEnd));
    }

    @Override
    public void issue(Issue issue) {
        write(issues, IssuesDataset.toRow(issue, laCode, periodEnd));
    }

    private static void write(ParquetTableWriter writer, Object[] row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (AnnexAList list : AnnexAList.values()) {
            listWriter(list);
        }
        for (ParquetTableWriter writer : lists.values()) {
            writer.close();
        }
        quarantine.close();
        issues.close();
    }
}
