package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.datasets.IngestSummaryDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.ReconciliationChildrenDataset;
import uk.chatbatch.datasets.ReconciliationDataset;
import uk.chatbatch.datasets.SourceSummary;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.SourceTable;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.report.PeriodBasis;
import uk.chatbatch.report.PeriodResults;
import uk.chatbatch.returns.ReturnsData;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Reads back what earlier steps published for one LA and period. Each step starts from the
 * published datasets, so a restarted step needs nothing from the failed run's memory.
 */
public final class PublishedDatasets {

    private final OutputLayout layout;
    private final OutputLayout history;
    private final LaPeriod key;

    public PublishedDatasets(OutputLayout layout, LaPeriod key) {
        this(layout, layout, key);
    }

    /**
     * @param layout  where this LA and period's datasets were written (a replacement's own folder while it runs)
     * @param history where the LA's earlier periods are published
     */
    public PublishedDatasets(OutputLayout layout, OutputLayout history, LaPeriod key) {
        this.layout = layout;
        this.history = history;
        this.key = key;
    }

    public Path partition(String dataset) {
        return layout.datasetPartition(dataset, key);
    }

    private TableData read(String dataset) throws IOException {
        Path partition = partition(dataset);
        if (!Files.isDirectory(partition)) {
            throw new IllegalStateException("dataset " + dataset + " has not been published for LA " + key.laCode()
                    + " period " + key.periodEnd() + " (expected " + partition + "); run the ingest step first");
        }
        return ParquetTableReader.read(partition);
    }

    /** The Annex A lists' summaries. */
    public List<IngestSummary> ingestSummaries() throws IOException {
        return read(IngestSummaryDataset.NAME).rows().stream().filter(IngestSummaryDataset::isAnnexA)
                .map(IngestSummaryDataset::fromRow).toList();
    }

    /**
     * Every input's accounting for the report: the Annex A lists, then each return table (per collection
     * year), labelled "SSDA903 Episodes 2021-22" or "CIN census episodes 2024-25".
     */
    public List<IngestSummary> allIngestSummaries() throws IOException {
        List<IngestSummary> all = new ArrayList<>();
        for (SourceSummary s : sourceSummaries()) {
            all.add(labelled(s));
        }
        return all;
    }

    private static IngestSummary labelled(SourceSummary s) {
        if (SourceSummary.ANNEX_A.equals(s.source())) {
            return new IngestSummary(s.file(), s.sheet(), AnnexAList.byNumber(s.listNumber()), s.rowsRead(),
                    s.rowsClean(), s.rowsQuarantined(), s.issues(), s.status());
        }
        String name = SourceSummary.SSDA903.equals(s.source()) ? "SSDA903 " + s.table()
                : "CIN census " + s.table().replaceFirst("^CIN ", "");
        return new IngestSummary(s.file(), s.sheet().equals(s.file()) ? "" : s.sheet(), null, s.rowsRead(),
                s.rowsClean(), s.rowsQuarantined(),
                s.issues(), s.status(), name + (s.collectionYear() == null ? "" : " " + s.collectionYear()));
    }

    /** Every source's summaries: Annex A lists, SSDA903 tables by year, CIN census tables. */
    public List<SourceSummary> sourceSummaries() throws IOException {
        return read(IngestSummaryDataset.NAME).rows().stream().map(IngestSummaryDataset::summaryFromRow).toList();
    }

    public List<Issue> issues() throws IOException {
        return read(IssuesDataset.NAME).rows().stream().map(IssuesDataset::fromRow).toList();
    }

    /**
     * The run's typed input: the clean rows of every Annex A list, with each absent or skipped list marked
     * as such, and the kept rows of the SSDA903 and CIN census tables when those returns were given.
     */
    public InputData inputs() throws IOException {
        InputData data = InputData.empty();
        List<SourceSummary> sources = sourceSummaries();
        boolean has903 = sources.stream().anyMatch(s -> SourceSummary.SSDA903.equals(s.source()));
        boolean hasCin = sources.stream().anyMatch(s -> SourceSummary.CIN_CENSUS.equals(s.source()));
        List<Ssda903Table> tables903 = has903 ? List.of(Ssda903Table.values()) : List.of();
        List<CinTable> tablesCin = hasCin ? List.of(CinTable.values()) : List.of();
        List<IngestSummary> lists = ingestSummaries();
        // Every table and list read back on both cores (a 96,000-child LA's clean rows are 360,000 rows of about
        // 30 tables), each read whole by one task, gathered in the order given: the same records in the same order.
        List<InParallel.Task<List<?>>> reads = new ArrayList<>();
        for (Ssda903Table table : tables903) {
            reads.add(() -> readTable(table));
        }
        for (CinTable table : tablesCin) {
            reads.add(() -> readTable(table));
        }
        for (IngestSummary summary : lists) {
            if (IngestSummary.READ.equals(summary.status())) {
                reads.add(() -> readList(summary.list()));
            }
        }
        Iterator<List<?>> read = InParallel.inOrder(reads).iterator();
        Map<Ssda903Table, List<TableRecord>> rows903 = new EnumMap<>(Ssda903Table.class);
        for (Ssda903Table table : tables903) {
            rows903.put(table, asTableRecords(read.next()));
        }
        Map<CinTable, List<TableRecord>> rowsCin = new EnumMap<>(CinTable.class);
        for (CinTable table : tablesCin) {
            rowsCin.put(table, asTableRecords(read.next()));
        }
        data.with(new ReturnsData(has903, rows903, hasCin, rowsCin));
        return annexALists(data, lists, () -> asTableRecords(read.next()));
    }

    /**
     * Which Annex A lists were read and why the others were not, without their rows (each read list holds
     * none): all the report needs of the input, since its figures come from the indicators dataset. Reading
     * every row for it took a fifth of the report step for a 50,000-child LA.
     */
    public InputData listsRead() throws IOException {
        return annexALists(InputData.empty(), ingestSummaries(), List::of);
    }

    /** The lists in the summaries' order: each read list with the rows {@code rows} gives next, the others marked. */
    private static InputData annexALists(InputData data, List<IngestSummary> summaries,
                                         Supplier<List<TableRecord>> rows) {
        for (IngestSummary summary : summaries) {
            AnnexAList list = summary.list();
            if (IngestSummary.READ.equals(summary.status())) {
                data.with(list, rows.get());
            } else if (!data.isAvailable(list)) {
                data.without(list, summary.status());
            }
        }
        return data;
    }

    private List<TableRecord> readTable(SourceTable table) throws IOException {
        List<TableRecord> rows = new ArrayList<>();
        for (Object[] row : read(table.dataset()).rows()) {
            rows.add(TableDataset.fromRow(table, row));
        }
        return rows;
    }

    private List<TableRecord> readList(AnnexAList list) throws IOException {
        List<TableRecord> rows = new ArrayList<>();
        for (Object[] row : read(list.dataset()).rows()) {
            rows.add(TableDataset.fromRow(list, row));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<TableRecord> asTableRecords(List<?> read) {
        return (List<TableRecord>) read;
    }

    /**
     * The same LA's earlier periods published in this output folder, oldest first: the indicators of every
     * {@code period=} partition dated before this period end, for trends.
     */
    public List<PeriodResults> earlierPeriods(List<IndicatorMetadata> catalogue) throws IOException {
        Path la = history.datasetPartition(IndicatorsDataset.NAME, key).getParent();
        List<PeriodResults> earlier = new ArrayList<>();
        if (!Files.isDirectory(la)) {
            return earlier;
        }
        List<Path> partitions;
        try (java.util.stream.Stream<Path> list = Files.list(la)) {
            partitions = list.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("period=\\d{4}-\\d{2}-\\d{2}"))
                    .sorted().toList();
        }
        Map<String, IndicatorMetadata> byId = catalogue.stream()
                .collect(Collectors.toMap(IndicatorMetadata::id, Function.identity()));
        for (Path partition : partitions) {
            LocalDate end = LocalDate.parse(partition.getFileName().toString().substring("period=".length()));
            if (end.isBefore(key.periodEnd())) {
                List<Object[]> rows = ParquetTableReader.read(partition).rows();
                earlier.add(new PeriodResults(end, IndicatorsDataset.fromRows(rows, byId), basis(end, rows)));
            }
        }
        return earlier;
    }

    /**
     * What an earlier period's figures rest on: each indicator's settings as its rows record them, and the inputs
     * its ingest summary accounts for (unknown when that period published none).
     */
    private PeriodBasis basis(LocalDate end, List<Object[]> indicatorRows) throws IOException {
        Path summary = history.datasetPartition(IngestSummaryDataset.NAME, key.withPeriodEnd(end));
        if (!Files.isDirectory(summary)) {
            return PeriodBasis.UNKNOWN;
        }
        Map<String, String> settings = new java.util.HashMap<>();
        for (Object[] row : indicatorRows) {
            settings.putIfAbsent((String) row[2], row[14] == null ? "" : (String) row[14]);
        }
        List<IngestSummary> inputs = ParquetTableReader.read(summary).rows().stream()
                .map(IngestSummaryDataset::summaryFromRow).map(PublishedDatasets::labelled).toList();
        return PeriodBasis.of(settings, inputs);
    }

    public List<IndicatorResult> indicators(List<IndicatorMetadata> catalogue) throws IOException {
        Map<String, IndicatorMetadata> byId = catalogue.stream()
                .collect(Collectors.toMap(IndicatorMetadata::id, Function.identity()));
        return IndicatorsDataset.fromRows(read(IndicatorsDataset.NAME).rows(), byId);
    }

    /**
     * Each Annex A measure beside its return's version, with the children found in one source only, as the
     * indicators step published them. None when that step ran before the reconciliation datasets existed.
     */
    public List<ReconciledMeasure> reconciliation() throws IOException {
        if (!Files.isDirectory(partition(ReconciliationDataset.NAME))
                && Files.isDirectory(partition(IndicatorsDataset.NAME))) {
            return List.of();
        }
        return ReconciliationDataset.fromRows(read(ReconciliationDataset.NAME).rows(),
                read(ReconciliationChildrenDataset.NAME).rows());
    }
}
