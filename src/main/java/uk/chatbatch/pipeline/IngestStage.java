package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import uk.chatbatch.checks.DataQualityChecks;
import uk.chatbatch.datasets.IngestSummaryDataset;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.AnnexAIngest;
import uk.chatbatch.ingest.IngestResult;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.annexa.read.TabularSource;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;

/**
 * Step 1: read the inputs, check them row by row, run the cross-list checks over the clean rows, and
 * write the clean, quarantine, issues and ingest_summary datasets. Everything is written to staging and published only when the whole
 * step has succeeded.
 */
public final class IngestStage {

    public static final String STEP = "ingest";

    private final Consumer<String> progress;

    public IngestStage(Consumer<String> progress) {
        this.progress = progress;
    }

    public List<Path> run(RunRequest request) throws IOException {
        Path annexA = request.annexA().orElseThrow(() -> new InputException(
                "No Annex A input was given: set inputs.annex_a in the job file or pass --annex-a."));
        StagingArea staging = new StagingArea(request.layout(), request.laCode(), request.periodEnd(), STEP);
        return Staged.run(staging, s -> write(request, annexA, s));
    }

    private void write(RunRequest request, Path annexA, StagingArea staging) throws IOException {
        IngestResult result;
        try (TabularSource source = TabularSource.open(annexA);
             ParquetIngestSink sink = new ParquetIngestSink(staging, request.laCode(), request.periodEnd())) {
            progress.accept("Reading " + annexA);
            result = new AnnexAIngest(progress).read(source, sink);
            List<Issue> found = DataQualityChecks.run(sink.cleanRows(result.skipped()), request.indicatorContext());
            found.forEach(sink::issue);
            progress.accept(String.format("Cross-list checks: %,d issues", found.size()));
        }
        Path summaryFile = staging.datasetPartition(IngestSummaryDataset.NAME).resolve(OutputLayout.partFileName(0));
        try (ParquetTableWriter writer = ParquetTableWriter.create(summaryFile, IngestSummaryDataset.SCHEMA)) {
            for (IngestSummary summary : result.summaries()) {
                writer.write(IngestSummaryDataset.toRow(summary, request.laCode(), request.periodEnd()));
            }
        }
        for (IngestSummary s : result.summaries()) {
            progress.accept(String.format("%s from %s [%s]: %,d read, %,d clean, %,d quarantined, %,d issues%s",
                    s.list().label(), s.file(), s.sheet(), s.rowsRead(), s.rowsClean(), s.rowsQuarantined(),
                    s.issues(), IngestSummary.READ.equals(s.status()) ? "" : " (" + s.status() + ")"));
        }
    }
}
