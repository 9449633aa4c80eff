package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.chatbatch.input.InputData;
import uk.chatbatch.datasets.CodeListsDataset;
import uk.chatbatch.datasets.IndicatorCatalogueDataset;
import uk.chatbatch.datasets.IndicatorChildrenDataset;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.datasets.ReconciliationChildrenDataset;
import uk.chatbatch.datasets.ReconciliationDataset;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.output.Classification;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.reconciliation.Reconciliation;

/**
 * Step 2: compute every indicator from the published clean rows and publish the indicators dataset with its
 * drill-down, and the reconciliation of each Annex A measure with its SSDA903 or CIN census version with its
 * drill-down. Reconciliation is worked out here because only here are the records behind each figure at hand;
 * the report reads it back from the two datasets. All four datasets are written, empty or not, and beside them the
 * lake's dictionary: the indicator catalogue and the code lists.
 */
public final class IndicatorStage {

    public static final String STEP = "indicators";

    private final IndicatorEngine engine;
    private final Consumer<String> progress;

    public IndicatorStage(IndicatorEngine engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    /** Outside the job (tests, the benchmark): the files' footers get a fresh run UUID and no job ids. */
    public List<Path> run(RunRequest request, long runId) throws IOException {
        return run(request, runId, request.outsideJob());
    }

    public List<Path> run(RunRequest request, long runId, DatasetProvenance run) throws IOException {
        InputData data = new PublishedDatasets(request.runLayout(), request.key()).inputs();
        List<IndicatorResult> results = engine.computeAll(data, request.indicatorContext());
        long computed = results.stream().filter(r -> r.status() == IndicatorStatus.COMPUTED).count();
        progress.accept(String.format("Indicators: %d computed, %d not computed", computed, results.size() - computed));
        for (IndicatorResult r : results) {
            if (r.status() == IndicatorStatus.FAILED) {
                progress.accept("  " + r.metadata().id() + " failed: " + r.message());
            }
        }
        List<ReconciledMeasure> reconciled = Reconciliation.of(results);
        if (!reconciled.isEmpty()) {
            long compared = reconciled.stream().filter(m -> m.difference().isPresent()).count();
            progress.accept(String.format("Reconciliation: %d measures in Annex A and a return, %d compared",
                    reconciled.size(), compared));
        }
        IndicatorsDataset.RunFacts facts = IndicatorRunFacts.of(request, runId);
        StagingArea staging = new StagingArea(request.runLayout(), request.key(), STEP);
        return Staged.run(staging, s -> InParallel.inOrder(List.<InParallel.Task<Void>>of(() -> {
            try (ParquetTableWriter writer = writer(s, run, IndicatorsDataset.SCHEMA)) {
                for (IndicatorResult result : results) {
                    for (Object[] row : IndicatorsDataset.toRows(result, facts)) {
                        writer.write(row);
                    }
                }
            }
            return null;
        }, () -> {
            try (ParquetTableWriter writer = writer(s, run, IndicatorChildrenDataset.SCHEMA)) {
                for (IndicatorResult result : results) {
                    for (CountedRecord record : result.counted()) {
                        writer.write(IndicatorChildrenDataset.toRow(result.metadata().id(), record, request.key()));
                    }
                }
            }
            return null;
        }, () -> {
            try (ParquetTableWriter measureWriter = writer(s, run, ReconciliationDataset.SCHEMA);
                 ParquetTableWriter childWriter = writer(s, run, ReconciliationChildrenDataset.SCHEMA)) {
                for (ReconciledMeasure m : reconciled) {
                    measureWriter.write(ReconciliationDataset.toRow(m, request.key()));
                    for (Object[] row : ReconciliationChildrenDataset.toRows(m, request.key())) {
                        childWriter.write(row);
                    }
                }
            }
            return null;
        }, () -> {
            writeDictionary(s::datasetPartition, engine.catalogue().definitions(), request, run,
                    Classification.INTERNAL);
            return null;
        })));
    }

    /**
     * The lake's dictionary: what each indicator means ({@link IndicatorCatalogueDataset}) and what each code says
     * ({@link CodeListsDataset}). They hold no child data, so the shareable step writes them too, through this.
     */
    static void writeDictionary(PartitionFolder folder, List<IndicatorMetadata> catalogue, RunRequest request,
                                DatasetProvenance run, Classification classification) throws IOException {
        for (TableData table : List.of(
                new TableData(IndicatorCatalogueDataset.SCHEMA, IndicatorCatalogueDataset.toRows(catalogue,
                        request.settings(), request.key())),
                new TableData(CodeListsDataset.SCHEMA, CodeListsDataset.toRows(catalogue, request.key())))) {
            Path file = folder.of(table.schema().name()).resolve(OutputLayout.partFileName(0));
            try (ParquetTableWriter writer = ParquetTableWriter.create(file, table.schema(), run, classification,
                    Optional.empty())) {
                for (Object[] row : table.rows()) {
                    writer.write(row);
                }
            }
        }
    }

    /** The staged folder a dataset's part files go in: internal or shareable. */
    @FunctionalInterface
    interface PartitionFolder {
        Path of(String dataset) throws IOException;
    }

    private static ParquetTableWriter writer(StagingArea staging, DatasetProvenance run, TableSchema schema)
            throws IOException {
        return ParquetTableWriter.create(staging.datasetPartition(schema.name()).resolve(OutputLayout.partFileName(0)),
                schema, run, Classification.INTERNAL, Optional.empty());
    }
}
