package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Rows per part file of the drill-down, indicator_children: a typical LA's 217,000 rows make three parts. */
    static final int DRILL_DOWN_PART_ROWS = 100_000;

    private final IndicatorEngine engine;
    private final Consumer<String> progress;
    private final int drillDownPartRows;

    public IndicatorStage(IndicatorEngine engine, Consumer<String> progress) {
        this(engine, progress, DRILL_DOWN_PART_ROWS);
    }

    /** @param drillDownPartRows a test's way to split a small LA's drill-down into parts */
    IndicatorStage(IndicatorEngine engine, Consumer<String> progress, int drillDownPartRows) {
        this.engine = engine;
        this.progress = progress;
        this.drillDownPartRows = drillDownPartRows;
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
        return Staged.run(staging, s -> {
            List<InParallel.Task<Void>> tasks = new ArrayList<>();
            tasks.add(() -> {
                try (ParquetTableWriter writer = writer(s, run, IndicatorsDataset.SCHEMA, 0)) {
                    for (IndicatorResult result : results) {
                        for (Object[] row : IndicatorsDataset.toRows(result, facts)) {
                            writer.write(row);
                        }
                    }
                }
                return null;
            });
            tasks.addAll(drillDownParts(s, run, request, results, drillDownPartRows));
            tasks.add(() -> {
                try (ParquetTableWriter measureWriter = writer(s, run, ReconciliationDataset.SCHEMA, 0);
                     ParquetTableWriter childWriter = writer(s, run, ReconciliationChildrenDataset.SCHEMA, 0)) {
                    for (ReconciledMeasure m : reconciled) {
                        measureWriter.write(ReconciliationDataset.toRow(m, request.key()));
                        for (Object[] row : ReconciliationChildrenDataset.toRows(m, request.key())) {
                            childWriter.write(row);
                        }
                    }
                }
                return null;
            });
            tasks.add(() -> {
                writeDictionary(s::datasetPartition, engine.catalogue().definitions(), request, run,
                        Classification.INTERNAL);
                return null;
            });
            InParallel.inOrder(tasks);
        });
    }

    /**
     * The drill-down (one row per record per indicator: 2.2 million rows for a 96,000-child LA) as part files of
     * {@code partRows} rows each ({@link #DRILL_DOWN_PART_ROWS} in a run), in the catalogue's order, so the cores
     * write them side by side rather than one core writing the whole dataset while the other waits. The split depends
     * on the row count alone, so the same input gives the same files on any machine; a reader reads the parts in name
     * order, the same rows in the same order as one file.
     */
    private static List<InParallel.Task<Void>> drillDownParts(StagingArea staging, DatasetProvenance run,
                                                              RunRequest request, List<IndicatorResult> results,
                                                              int partRows) {
        long[] before = new long[results.size() + 1];
        for (int i = 0; i < results.size(); i++) {
            before[i + 1] = before[i] + results.get(i).counted().size();
        }
        int parts = (int) Math.max(1, (before[results.size()] + partRows - 1) / partRows);
        List<InParallel.Task<Void>> tasks = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            long from = (long) part * partRows;
            long to = Math.min(before[results.size()], from + partRows);
            int index = part;
            tasks.add(() -> {
                Path file = staging.datasetPartition(IndicatorChildrenDataset.NAME)
                        .resolve(OutputLayout.partFileName(index));
                try (ParquetTableWriter writer = ParquetTableWriter.create(file, IndicatorChildrenDataset.SCHEMA, run,
                        Classification.INTERNAL, Optional.empty(), IndicatorChildrenDataset.FILTER_COLUMNS)) {
                    Object[] row = new Object[IndicatorChildrenDataset.SCHEMA.columnCount()];
                    for (int i = 0; i < results.size(); i++) {
                        if (before[i + 1] <= from || before[i] >= to) {
                            continue;
                        }
                        IndicatorResult result = results.get(i);
                        List<CountedRecord> counted = result.counted();
                        for (int r = (int) Math.max(0, from - before[i]); r < counted.size() && before[i] + r < to; r++) {
                            writer.write(IndicatorChildrenDataset.fill(row, result.metadata().id(), counted.get(r),
                                    request.key()));
                        }
                    }
                }
                return null;
            });
        }
        return tasks;
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

    private static ParquetTableWriter writer(StagingArea staging, DatasetProvenance run, TableSchema schema, int part)
            throws IOException {
        return ParquetTableWriter.create(staging.datasetPartition(schema.name()).resolve(OutputLayout.partFileName(part)),
                schema, run, Classification.INTERNAL, Optional.empty());
    }
}
