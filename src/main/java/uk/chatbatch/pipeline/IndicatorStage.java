package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import uk.chatbatch.annexa.InputData;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.datasets.IndicatorChildrenDataset;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;

/** Step 2: compute every indicator from the published clean rows and publish the indicators dataset. */
public final class IndicatorStage {

    public static final String STEP = "indicators";

    private final IndicatorEngine engine;
    private final Consumer<String> progress;

    public IndicatorStage(IndicatorEngine engine, Consumer<String> progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public List<Path> run(RunRequest request, long runId) throws IOException {
        InputData data = new PublishedDatasets(request.layout(), request.laCode(), request.periodEnd()).inputs();
        List<IndicatorResult> results = engine.computeAll(data, request.indicatorContext());
        long computed = results.stream().filter(r -> r.status() == IndicatorStatus.COMPUTED).count();
        progress.accept(String.format("Indicators: %d computed, %d not computed", computed, results.size() - computed));
        for (IndicatorResult r : results) {
            if (r.status() == IndicatorStatus.FAILED) {
                progress.accept("  " + r.metadata().id() + " failed: " + r.message());
            }
        }
        IndicatorsDataset.RunFacts facts = new IndicatorsDataset.RunFacts(request.laCode(), request.periodEnd(), runId,
                request.settings(), request.region(), Benchmarks.bundled());
        StagingArea staging = new StagingArea(request.layout(), request.laCode(), request.periodEnd(), STEP);
        return Staged.run(staging, s -> {
            Path file = s.datasetPartition(IndicatorsDataset.NAME).resolve(OutputLayout.partFileName(0));
            try (ParquetTableWriter writer = ParquetTableWriter.create(file, IndicatorsDataset.SCHEMA)) {
                for (IndicatorResult result : results) {
                    for (Object[] row : IndicatorsDataset.toRows(result, facts)) {
                        writer.write(row);
                    }
                }
            }
            Path children = s.datasetPartition(IndicatorChildrenDataset.NAME).resolve(OutputLayout.partFileName(0));
            try (ParquetTableWriter writer = ParquetTableWriter.create(children, IndicatorChildrenDataset.SCHEMA)) {
                for (IndicatorResult result : results) {
                    for (CountedRecord record : result.counted()) {
                        writer.write(IndicatorChildrenDataset.toRow(result.metadata().id(), record, request.laCode(),
                                request.periodEnd()));
                    }
                }
            }
        });
    }
}
