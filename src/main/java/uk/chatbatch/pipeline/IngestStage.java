package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.chatbatch.checks.DataQualityChecks;
import uk.chatbatch.cin.CinCensusIngest;
import uk.chatbatch.cin.CinIngestResult;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.datasets.DatasetRegistry;
import uk.chatbatch.datasets.IngestSummaryDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.datasets.SourceSummary;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.indicators.childrenincare.ContinuouslyLookedAfterCohort;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.IngestResult;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.BackgroundWork;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.HeldFindings;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableSummary;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.returns.ReturnMatchesJob;
import uk.chatbatch.returns.ReturnsData;
import uk.chatbatch.returns.checks.KeptRows;
import uk.chatbatch.returns.checks.ReturnCheck;
import uk.chatbatch.returns.checks.ReturnChecks;
import uk.chatbatch.returns.checks.ReturnChecksInput;
import uk.chatbatch.ssda903.Ssda903Ingest;
import uk.chatbatch.ssda903.Ssda903IngestResult;
import uk.chatbatch.ssda903.Ssda903Options;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Step 1: read every input given (any subset of Annex A, SSDA903 and the CIN census), check it row by
 * row, run the cross-list checks over Annex A's clean rows, and write one dataset per list or table plus
 * the shared quarantine, issues and ingest_summary datasets. Everything is written to staging and
 * published only when the whole step has succeeded. Annex A and SSDA903 are read on other threads
 * ({@link ReadAhead}), from before the step when the launcher offered them, and written here in order.
 */
public final class IngestStage {

    public static final String STEP = "ingest";

    private final Consumer<String> progress;

    public IngestStage(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Outside the job (tests, the benchmark): the files' footers get a fresh run UUID and no job ids. */
    public List<Path> run(RunRequest request) throws IOException {
        return run(request, request.outsideJob());
    }

    public List<Path> run(RunRequest request, DatasetProvenance run) throws IOException {
        if (request.annexA().isEmpty() && request.ssda903().isEmpty() && request.cin().isEmpty()) {
            throw new InputException("No input was given: set inputs.annex_a, inputs.ssda903 or inputs.cin in the job"
                    + " file, or pass --annex-a, --ssda903 or --cin.");
        }
        StagingArea staging = new StagingArea(request.runLayout(), request.key(), STEP);
        return Staged.run(staging, s -> write(request, s, run));
    }

    private void write(RunRequest request, StagingArea staging, DatasetProvenance run) throws IOException {
        List<SourceSummary> summaries = new ArrayList<>();
        try (ReadAhead inputs = ReadAhead.claim(request).orElseGet(() -> ReadAhead.start(request));
             StagedWriters writers = new StagedWriters(staging, run)) {
            writers.ensure(QuarantineDataset.SCHEMA);
            writers.ensure(IssuesDataset.SCHEMA);
            writers.ensure(IngestSummaryDataset.SCHEMA);
            Optional<ReadAhead.AnnexAOpened> annexA = inputs.annexA();
            if (annexA.isPresent()) {
                summaries.addAll(annexA(request, annexA.get(), writers));
            }
            if (inputs.ssda903().isPresent()) {
                progress.accept("Reading SSDA903: " + request.ssda903().get());
                summaries.addAll(ssda903(request, BackgroundWork.await(inputs.ssda903().get()), writers));
            }
            if (request.cin().isPresent()) {
                summaries.addAll(cin(request, request.cin().get(), writers));
            }
            for (SourceSummary s : summaries) {
                writers.write(IngestSummaryDataset.SCHEMA, IngestSummaryDataset.toRow(s, request.key()));
            }
            // Every dataset of an input not supplied is still written, empty and saying why, so that "not
            // supplied" can be told from "lost".
            Set<DatasetRegistry.Input> supplied = EnumSet.of(DatasetRegistry.Input.ANY);
            request.annexA().ifPresent(p -> supplied.add(DatasetRegistry.Input.ANNEX_A));
            request.ssda903().ifPresent(p -> supplied.add(DatasetRegistry.Input.SSDA903));
            request.cin().ifPresent(p -> supplied.add(DatasetRegistry.Input.CIN));
            for (DatasetRegistry.Entry dataset : DatasetRegistry.all()) {
                if (!supplied.contains(dataset.input())) {
                    writers.ensureEmpty(dataset.schema(), dataset.input().notSupplied().orElseThrow());
                }
            }
        }
        for (SourceSummary s : summaries) {
            progress.accept(String.format("%s %s from %s [%s]: %,d read, %,d clean, %,d quarantined%s, %,d issues%s",
                    s.table(), s.collectionYear() == null ? "" : s.collectionYear(), s.file(), s.sheet(), s.rowsRead(),
                    s.rowsClean(), s.rowsQuarantined(),
                    s.rowsSuperseded() > 0 ? String.format(", %,d superseded by a later year", s.rowsSuperseded()) : "",
                    s.issues(), IngestSummary.READ.equals(s.status()) ? "" : " (" + s.status() + ")"));
        }
    }

    private List<SourceSummary> annexA(RunRequest request, ReadAhead.AnnexAOpened annexA, StagedWriters writers)
            throws IOException {
        try (ParquetIngestSink sink = new ParquetIngestSink(writers, request.key())) {
            progress.accept("Reading Annex A: " + request.annexA().orElseThrow());
            IngestResult result = annexA.reading().into(sink, progress);
            // The lists' datasets are written and then closed on other threads while the cross-list checks run.
            writers.closeAfter(sink::awaitListsWritten,
                    Arrays.stream(AnnexAList.values()).map(TableDataset::schema).toList());
            List<Issue> found = DataQualityChecks.run(sink.cleanRows(result.skipped()),
                    request.indicatorContext().period());
            found.forEach(sink::issue);
            progress.accept(String.format("Cross-list checks: %,d issues", found.size()));
            sink.awaitListsWritten();
            return result.summaries().stream().map(IngestSummaryDataset::annexA).toList();
        }
    }

    /**
     * What reading and checking SSDA903 found, held until Annex A's findings are written: SSDA903 is read on its own
     * thread beside Annex A, and its rows go to the shared quarantine and issues datasets after Annex A's, as when
     * read one after the other.
     */
    record Ssda903Read(HeldFindings held, Ssda903IngestResult result,
                               List<ReturnMatchesJob.Mismatch> mismatches, List<Issue> checked) {
    }

    /** Reads and checks SSDA903 without writing anything; safe on any thread. */
    static Ssda903Read readSsda903(RunRequest request, Path path) {
        HeldFindings held = new HeldFindings();
        KeptRows kept = new KeptRows();
        Ssda903IngestResult result = Ssda903Ingest.read(path, Ssda903Options.defaults().withProgress(held::progress),
                kept.keeping(held));
        List<ReturnMatchesJob.YearFile> years = result.summaries().stream().filter(TableSummary::wasRead)
                .map(s -> new ReturnMatchesJob.YearFile(s.file(), s.collectionYear())).distinct().toList();
        List<ReturnMatchesJob.Mismatch> mismatches = ReturnMatchesJob.ssda903(shown(path), years, request.key());
        Set<CollectionYear> episodeYears = new HashSet<>();
        result.summaries(Ssda903Table.EPISODES).stream().filter(TableSummary::wasRead)
                .forEach(s -> episodeYears.add(s.collectionYear().orElseGet(
                        () -> ContinuouslyLookedAfterCohort.yearEndingOnOrBefore(request.periodEnd()))));
        List<Issue> checked = ReturnChecks.run(ReturnChecks.SSDA903, new ReturnChecksInput(
                new ReturnsData(true, kept.ssda903(), false, Map.of()), episodeYears, request.periodEnd()));
        return new Ssda903Read(held, result, mismatches, checked);
    }

    private List<SourceSummary> ssda903(RunRequest request, Ssda903Read read, StagedWriters writers) {
        RecordSink sink = ReturnsSinks.ssda903(writers, request.key());
        read.held().replay(sink, progress);
        Ssda903IngestResult result = read.result();
        matchesJob(request, read.mismatches(), sink::issue);
        written(read.checked(), sink::issue, "SSDA903");
        List<SourceSummary> summaries = new ArrayList<>();
        for (TableSummary<Ssda903Table> s : result.summaries()) {
            summaries.add(new SourceSummary(SourceSummary.SSDA903, s.file(), s.file(), s.table().title(), null,
                    s.collectionYear().map(y -> y.label()).orElse(null), s.rowsRead(), s.rowsClean(),
                    s.rowsQuarantined(), s.rowsSuperseded(), s.issues(), s.status()));
        }
        return summaries;
    }

    private List<SourceSummary> cin(RunRequest request, Path path, StagedWriters writers) {
        progress.accept("Reading CIN census: " + path);
        KeptRows kept = new KeptRows();
        CinSink sink = ReturnsSinks.cin(writers, request.key());
        CinIngestResult result = new CinCensusIngest(progress).ingest(path, kept.keeping(sink));
        List<ReturnMatchesJob.CensusFile> files = result.files().stream().map(f -> new ReturnMatchesJob.CensusFile(
                f.file(), f.header().laCode(), f.header().censusYear().isPresent()
                        ? Optional.of(CollectionYear.endingIn(f.header().censusYear().getAsInt())) : Optional.empty()))
                .toList();
        matchesJob(request, ReturnMatchesJob.cinCensus(shown(path), files, request.key()),
                sink::issue);
        check(ReturnChecks.CIN_CENSUS, new ReturnChecksInput(new ReturnsData(false, Map.of(), true, kept.cin()),
                Set.of(), request.periodEnd()), sink::issue, "CIN census");
        List<SourceSummary> summaries = new ArrayList<>();
        for (TableSummary<CinTable> s : result.summaries()) {
            summaries.add(new SourceSummary(SourceSummary.CIN_CENSUS, s.file(), s.file(), s.table().label(), null,
                    s.collectionYear().map(CollectionYear::label).orElse(null),
                    s.rowsRead(), s.rowsClean(), s.rowsQuarantined(), 0, s.issues(), IngestSummary.READ));
        }
        return summaries;
    }

    /**
     * Stops the run (bad input: nothing is published) at the first return that is not the job's LA or period,
     * unless the job accepts it; then each mismatch is a warning in the issues dataset.
     */
    private void matchesJob(RunRequest request, List<ReturnMatchesJob.Mismatch> mismatches, Consumer<Issue> issues) {
        if (mismatches.isEmpty()) {
            return;
        }
        if (!request.acceptOtherLaOrYear()) {
            throw new InputException(mismatches.get(0).message());
        }
        for (ReturnMatchesJob.Mismatch m : mismatches) {
            progress.accept(m.accepted());
            issues.accept(new Issue(m.file(), "", "", 0, "", "", IssueCode.RETURN_FOR_OTHER_LA_OR_YEAR, m.accepted()));
        }
    }

    private void check(List<ReturnCheck> checks, ReturnChecksInput input, Consumer<Issue> issues, String returnName) {
        written(ReturnChecks.run(checks, input), issues, returnName);
    }

    private void written(List<Issue> found, Consumer<Issue> issues, String returnName) {
        found.forEach(issues);
        progress.accept(String.format("%s checks: %,d issues", returnName, found.size()));
    }

    private static String shown(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
