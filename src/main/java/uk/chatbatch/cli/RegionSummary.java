package uk.chatbatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.datasets.SourceSummary;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.job.LaFailedException;
import uk.chatbatch.job.RegionJobRunner;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.pipeline.PublishedDatasets;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.RunRequest;

/** The end of a run of several LAs: one line per LA, then why each failed LA failed, and where outputs went. */
final class RegionSummary {

    static final String COMPLETED = "completed";
    static final String COMPLETED_EARLIER = "completed earlier";
    static final String FAILED = "FAILED";
    static final String WITHHELD_STATUS = "shareable withheld";

    private RegionSummary() {
    }

    /** Prints the summary and returns the exit code: 5 when any LA failed. */
    static int print(PrintStream out, PrintStream err, List<RunRequest> las, RegionJobRunner.RegionOutcome outcome)
            throws IOException {
        if (outcome.kind() == RunOutcome.Kind.ALREADY_RUNNING) {
            err.println(outcome.message());
            return ExitCodes.ALREADY_RUNNING;
        }
        out.println();
        out.printf("%-5s %-30s %-18s %10s %11s %8s %8s%n", "LA", "Name", "Status", "Rows read", "Indicators",
                "PDFs", "Time");
        List<String> failures = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (RunRequest la : las) {
            Optional<StepExecution> partition = outcome.las().getOrDefault(la.laCode(), Optional.empty());
            boolean failed = partition.map(p -> p.getStatus() != BatchStatus.COMPLETED).orElse(true);
            String status = failed ? FAILED : outcome.ranNow(la.laCode()) ? COMPLETED : COMPLETED_EARLIER;
            String time = partition.filter(p -> p.getStartTime() != null && p.getEndTime() != null)
                    .map(p -> String.format("%.1f s", Duration.between(p.getStartTime(), p.getEndTime()).toMillis()
                            / 1000.0)).orElse("-");
            if (failed) {
                out.printf("%-5s %-30s %-18s %10s %11s %8s %8s%n", la.laCode(), truncate(la.laName(), 30), status, "-",
                        "-", "-", time);
                failures.add("LA " + la.laCode() + " (" + la.laName() + ") failed: " + reason(partition));
            } else {
                List<String> withheldNotices = withheld(la);
                if (!withheldNotices.isEmpty()) {
                    status = status + ", " + WITHHELD_STATUS;
                    withheldNotices.forEach(n -> withheld.add("LA " + la.laCode() + " (" + la.laName() + "): " + n));
                }
                out.printf("%-5s %-30s %-18s %,10d %11d %8d %8s%n", la.laCode(), truncate(la.laName(), 30), status,
                        rowsRead(la), indicatorsComputed(la), pdfsWritten(la), time);
            }
        }
        if (outcome.kind() == RunOutcome.Kind.ALREADY_COMPLETE) {
            out.println();
            out.println(outcome.message());
        }
        RunRequest first = las.get(0);
        out.println();
        out.println("Parquet datasets: " + first.layout().outputRoot().resolve(OutputLayout.PARQUET_DIR)
                + "/<dataset>/la=<LA>/period=" + first.periodEnd());
        out.println("PDF reports: " + first.layout().outputRoot().resolve(OutputLayout.REPORTS_DIR) + "/<LA>/"
                + first.periodEnd() + "/");
        if (failures.isEmpty() && outcome.kind() == RunOutcome.Kind.FAILED) {
            // The region job failed outside any LA (its job repository, say): no LA line explains it.
            int exitCode = ExitCodes.FAILED;
            for (Throwable failure : outcome.execution().orElseThrow().getAllFailureExceptions()) {
                Failures.Explained explained = Failures.explain(failure);
                err.println(explained.message());
                exitCode = explained.exitCode();
            }
            return exitCode;
        }
        withheld.forEach(err::println);
        if (failures.isEmpty()) {
            return withheld.isEmpty() ? ExitCodes.OK : ExitCodes.SHAREABLE_WITHHELD;
        }
        for (String failure : failures) {
            err.println(failure);
        }
        err.println(failures.size() + " of " + las.size() + " LAs failed; the others' outputs are published. Once the"
                + " problem is fixed, run the same command again: only the LAs that failed run again.");
        return ExitCodes.SOME_LAS_FAILED;
    }

    /** The failed LA's one or two sentences; its stack goes to the log file. */
    private static String reason(Optional<StepExecution> partition) {
        List<Throwable> failures = partition.map(StepExecution::getFailureExceptions).orElse(List.of());
        if (failures.isEmpty()) {
            return "it did not complete.";
        }
        Throwable failure = failures.get(0);
        Throwable user = ExitCodes.userFacing(failure);
        if (user != null) {
            return user.getMessage();
        }
        if (failure instanceof LaFailedException) {
            return failure.getCause() == null ? failure.getMessage() : Failures.explain(failure.getCause()).message();
        }
        return Failures.explain(failure).message();
    }

    private static long rowsRead(RunRequest la) throws IOException {
        return new PublishedDatasets(la.layout(), la.key()).sourceSummaries().stream()
                .mapToLong(SourceSummary::rowsRead).sum();
    }

    /** Indicators with a computed value for the whole population (breakdown all), as the dataset holds them. */
    private static int indicatorsComputed(RunRequest la) throws IOException {
        Path partition = la.layout().datasetPartition(IndicatorsDataset.NAME, la.key());
        TableData table = ParquetTableReader.read(partition);
        List<Object> ids = table.column("indicator_id");
        List<Object> statuses = table.column("status");
        Set<Object> computed = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (IndicatorStatus.COMPUTED.column().equals(statuses.get(i))) {
                computed.add(ids.get(i));
            }
        }
        return computed.size();
    }

    /** The PDF documents published for the LA and period (each variant's leaders' report and appendix). */
    private static long pdfsWritten(RunRequest la) throws IOException {
        Path folder = la.layout().reportFile(la.key(), ReportStage.NOTICES).getParent();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        }
    }

    /** The report step's notices of a shareable report withheld, if any. */
    private static List<String> withheld(RunRequest la) throws IOException {
        Path notices = la.layout().reportFile(la.key(), ReportStage.NOTICES);
        return !Files.isRegularFile(notices) ? List.of()
                : Files.readAllLines(notices).stream().filter(n -> n.startsWith(ReportStage.WITHHELD)).toList();
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
