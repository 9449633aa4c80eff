package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.output.Classification;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.opendata.EesExport;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.output.TableData;
import uk.chatbatch.report.SuppressionFailedException;
import uk.chatbatch.shareable.ChildLevelColumns;
import uk.chatbatch.shareable.ChildLevelTable;
import uk.chatbatch.shareable.Pseudonymiser;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;
import uk.chatbatch.shareable.ShareableRequest;
import uk.chatbatch.shareable.Transform;
import uk.chatbatch.shareable.TransformFailedException;

/**
 * Step 4: the shareable datasets under {@code output/shareable/}, from what the indicators and ingest steps
 * published: the indicators with the shareable report's small-number rule applied (and the same rows as Explore
 * Education Statistics files, {@link EesExport}, under {@code shareable/ees/}), and the child-level tables the
 * job asks for, pseudonymised by {@link ChildLevelColumns}' declared transforms; and the lake's dictionary (indicator
 * catalogue and code lists), which holds no child data, so the shareable lake describes itself. Each dataset fails
 * closed on its own: a privacy step that fails (or a key that cannot be used) means that dataset is not written, the
 * others are, the run completes, and {@link #NOTICES} says which and why (the run then ends with exit code 3).
 */
public final class ShareableStage {

    public static final String STEP = "shareable";

    /** Beside the reports, only when a shareable dataset was withheld: one line per dataset, each starting {@link #WITHHELD}. */
    public static final String NOTICES = "shareable-notices.txt";
    public static final String WITHHELD = "Shareable output withheld: ";

    private final IndicatorCatalogue catalogue;
    private final Consumer<String> progress;
    private final UnaryOperator<List<IndicatorResult>> resultsFrom;
    private final Function<String, Optional<Map<String, Transform>>> declared;

    public ShareableStage(IndicatorCatalogue catalogue, Consumer<String> progress) {
        this(catalogue, progress, UnaryOperator.identity(), ChildLevelColumns::declared);
    }

    /**
     * @param resultsFrom changes the indicators shared: a test's way in for a figure the rule cannot judge
     * @param declared    the declared transforms of a dataset: a test's way in for a transform that fails
     */
    ShareableStage(IndicatorCatalogue catalogue, Consumer<String> progress, UnaryOperator<List<IndicatorResult>> resultsFrom,
                   Function<String, Optional<Map<String, Transform>>> declared) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.resultsFrom = resultsFrom;
        this.declared = declared;
    }

    /** Outside the job (tests): the files' footers get a fresh run UUID and no job ids. */
    public List<Path> run(RunRequest request, long runId) throws IOException {
        return run(request, runId, request.outsideJob());
    }

    public List<Path> run(RunRequest request, long runId, DatasetProvenance run) throws IOException {
        OutputLayout layout = request.runLayout();
        PublishedDatasets published = new PublishedDatasets(layout, request.key());
        ShareableRequest asked = request.shareable();
        List<String> notices = new ArrayList<>();
        List<String> withheld = new ArrayList<>();

        List<Object[]> indicatorRows = new ArrayList<>();
        IndicatorsDataset.RunFacts facts = IndicatorRunFacts.of(request, runId);
        try {
            for (IndicatorResult result : resultsFrom.apply(published.indicators(catalogue.definitions()))) {
                indicatorRows.addAll(ShareableIndicatorsDataset.toRows(result, facts));
            }
        } catch (SuppressionFailedException e) {
            indicatorRows = null;
            withheld.add(ShareableIndicatorsDataset.NAME);
            withheld.add(EesExport.DATASET);
            notices.add(WITHHELD + "the shareable " + ShareableIndicatorsDataset.NAME + " dataset was not written"
                    + " (nor its Explore Education Statistics files): the small-number rule could not be applied to "
                    + e.figure() + " (" + e.reason() + ").");
        }
        List<EesExport.ExportFile> ees = List.of();
        if (indicatorRows != null) {
            try {
                ees = EesExport.of(new TableData(ShareableIndicatorsDataset.SCHEMA, indicatorRows), id -> catalogue.find(id).map(Indicator::metadata));
            } catch (IllegalStateException e) {
                withheld.add(EesExport.DATASET);
                notices.add(WITHHELD + "the Explore Education Statistics files were not written: " + e.getMessage()
                        + ".");
            }
        }

        List<TableData> childLevel = new ArrayList<>();
        if (!asked.childLevel().isEmpty()) {
            Optional<Pseudonymiser> key = key(asked, notices);
            if (key.isEmpty()) {
                withheld.addAll(asked.childLevel());
            }
            for (String dataset : key.isPresent() ? asked.childLevel() : List.<String>of()) {
                if (!Files.isDirectory(published.partition(dataset))) {
                    progress.accept("Shareable dataset " + dataset + " not written: its internal dataset was not"
                            + " published in this run (nothing to share).");
                    continue;
                }
                try {
                    Map<String, Transform> columns = declared.apply(dataset).orElseThrow(() ->
                            new TransformFailedException(dataset + " has no declared transforms"));
                    childLevel.add(ChildLevelTable.pseudonymise(ParquetTableReader.read(published.partition(dataset)),
                            columns, key.get()));
                } catch (TransformFailedException e) {
                    withheld.add(dataset);
                    notices.add(WITHHELD + "the child-level shareable table " + dataset + " was not written: "
                            + e.getMessage() + ".");
                }
            }
        }

        List<Object[]> indicators = indicatorRows;
        List<EesExport.ExportFile> exported = ees;
        StagingArea staging = new StagingArea(layout, request.key(), STEP);
        List<Path> written = Staged.run(staging, s -> {
            IndicatorStage.writeDictionary(s::shareablePartition, catalogue.definitions(), request, run,
                    Classification.SHAREABLE);
            if (indicators != null) {
                write(s, run, new TableData(ShareableIndicatorsDataset.SCHEMA, indicators));
            }
            for (EesExport.ExportFile file : exported) {
                EesExport.write(file, s.shareablePartition(EesExport.DATASET));
            }
            for (TableData table : childLevel) {
                write(s, run, table);
            }
            if (!notices.isEmpty()) {
                Files.write(s.reportFile(NOTICES), notices, StandardCharsets.UTF_8);
            }
        });
        // What this run withheld must not be left from an earlier run of the same LA and period.
        for (String dataset : withheld) {
            Directories.deleteRecursively(layout.shareablePartition(dataset, request.key()));
        }
        if (notices.isEmpty()) {
            Files.deleteIfExists(layout.reportFile(request.key(), NOTICES));
        }
        for (Path p : written) {
            if (p.startsWith(layout.outputRoot().resolve(OutputLayout.SHAREABLE_DIR))) {
                progress.accept("Shareable dataset written: " + p);
            }
        }
        notices.forEach(progress);
        return written;
    }

    /** The LA's key, or empty with a notice naming the tables not written and why (never the key itself). */
    private static Optional<Pseudonymiser> key(ShareableRequest asked, List<String> notices) {
        String tables = "no child-level shareable table was written (" + String.join(", ", asked.childLevel()) + ")";
        if (asked.keyFile().isEmpty()) {
            notices.add(WITHHELD + tables + ": the job file names no key_file under shareable, and identifiers are"
                    + " only shared pseudonymised with the LA's key; the shareable indicators were written.");
            return Optional.empty();
        }
        try {
            return Optional.of(Pseudonymiser.fromKeyFile(asked.keyFile().get()));
        } catch (Pseudonymiser.KeyUnavailableException e) {
            notices.add(WITHHELD + tables + ": " + e.getMessage() + "; the shareable indicators were written.");
            return Optional.empty();
        }
    }

    private static void write(StagingArea staging, DatasetProvenance run, TableData table) throws IOException {
        Path file = staging.shareablePartition(table.schema().name()).resolve(OutputLayout.partFileName(0));
        try (ParquetTableWriter writer = ParquetTableWriter.create(file, table.schema(), run, Classification.SHAREABLE,
                Optional.empty())) {
            for (Object[] row : table.rows()) {
                writer.write(row);
            }
        }
    }
}
