package uk.chatbatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.datasets.SourceSummary;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.job.JobParameterNames;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.opendata.EesExport;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.RevisionSwap;
import uk.chatbatch.pipeline.PublishedDatasets;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.ShareableStage;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.report.LeadersHtmlWriter;
import uk.chatbatch.report.ReportDocument;
import uk.chatbatch.report.ReportVariant;

/** The summary printed at the end of a run: the accounting per list, each step's time, where outputs went. */
final class RunSummary {

    private RunSummary() {
    }

    /** Prints the summary and returns the process exit code. */
    static int print(PrintStream out, PrintStream err, RunRequest request, RunOutcome outcome) throws IOException {
        switch (outcome.kind()) {
            case COMPLETED:
                printAccounting(out, request);
                outcome.execution().ifPresent(e -> printSteps(out, e));
                printOutputs(out, request);
                if (outcome.execution().isPresent()) {
                    printRevision(out, request, JobParameterNames.revision(outcome.execution().get().getJobParameters()));
                }
                return printReportNotices(out, err, request);
            case ALREADY_COMPLETE:
                out.println(outcome.message());
                printOutputs(out, request);
                return printReportNotices(out, err, request);
            case ALREADY_RUNNING:
                err.println(outcome.message());
                return ExitCodes.ALREADY_RUNNING;
            default:
                return printFailure(out, err, outcome, outcome.execution().orElseThrow());
        }
    }

    /** Bad input gets its one sentence; anything else one or two sentences, its stack going to the log file. */
    private static int printFailure(PrintStream out, PrintStream err, RunOutcome outcome, JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            Throwable user = ExitCodes.userFacing(failure);
            if (user != null) {
                err.println(user.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        err.println(outcome.message());
        int exitCode = ExitCodes.FAILED;
        for (Throwable failure : execution.getAllFailureExceptions()) {
            Failures.Explained explained = Failures.explain(failure);
            err.println(explained.message());
            exitCode = explained.exitCode();
        }
        printSteps(out, execution);
        out.println("Nothing from the failed step was published. Once the problem is fixed, run the same command"
                + " again: the run restarts from the failed step.");
        return exitCode;
    }

    private static void printAccounting(PrintStream out, RunRequest request) throws IOException {
        List<SourceSummary> summaries = new PublishedDatasets(request.layout(), request.key())
                .sourceSummaries();
        out.println();
        out.printf("%-40s %-8s %-22s %9s %9s %12s %10s %8s%n", "List or table", "Year", "Sheet or file", "Read",
                "Clean", "Quarantined", "Superseded", "Issues");
        for (SourceSummary s : summaries) {
            String table = SourceSummary.ANNEX_A.equals(s.source()) ? s.table()
                    : (SourceSummary.SSDA903.equals(s.source()) ? "SSDA903 " + s.table() : s.table());
            out.printf("%-40s %-8s %-22s %,9d %,9d %,12d %,10d %,8d%s%n", table,
                    s.collectionYear() == null ? "" : s.collectionYear(), truncate(s.sheet(), 22), s.rowsRead(),
                    s.rowsClean(), s.rowsQuarantined(), s.rowsSuperseded(), s.issues(),
                    IngestSummary.READ.equals(s.status()) ? "" : "  " + s.status());
        }
    }

    private static void printSteps(PrintStream out, JobExecution execution) {
        out.println();
        StringBuilder line = new StringBuilder("Steps:");
        for (StepExecution step : execution.getStepExecutions()) {
            Duration took = step.getStartTime() == null || step.getEndTime() == null ? Duration.ZERO
                    : Duration.between(step.getStartTime(), step.getEndTime());
            line.append(String.format(" %s %.1f s (%s);", step.getStepName(), took.toMillis() / 1000.0,
                    step.getStatus().name().toLowerCase()));
        }
        out.println(line);
    }

    private static void printOutputs(PrintStream out, RunRequest request) {
        OutputLayout layout = request.layout();
        Path indicators = layout.datasetPartition(IndicatorsDataset.NAME, request.key());
        out.println();
        for (ReportVariant variant : request.reports()) {
            for (ReportDocument document : ReportDocument.values()) {
                Path pdf = layout.reportFile(request.key(), document.fileName(variant));
                out.printf("%s (%s): %s%s%n", document.title(), variant.label(), pdf,
                        Files.exists(pdf) ? "" : " (not written)");
            }
            Path html = layout.reportFile(request.key(), LeadersHtmlWriter.fileName(variant));
            out.printf("Leaders' report, accessible HTML (%s): %s%s%n", variant.label(), html,
                    Files.exists(html) ? "" : " (not written)");
        }
        out.println("Parquet datasets: " + layout.outputRoot().resolve(OutputLayout.PARQUET_DIR)
                + "/<dataset>/" + request.key().laPartition() + "/" + request.key().periodPartition());
        out.println("  e.g. indicators: " + indicators);
        out.println("Shareable datasets: " + layout.outputRoot().resolve(OutputLayout.SHAREABLE_DIR)
                + "/<dataset>/" + request.key().laPartition() + "/" + request.key().periodPartition());
        Path ees = layout.shareablePartition(EesExport.DATASET, request.key());
        for (String name : List.of(EesExport.MONTH_FILE, EesExport.REPORTING_YEAR_FILE)) {
            Path csv = ees.resolve(name + ".csv");
            if (Files.exists(csv)) {
                out.println("Explore Education Statistics file: " + csv + " (and " + name + ".meta.csv)");
            }
        }
    }

    /** For a replacement: its revision, and where the outputs it replaced are kept. */
    private static void printRevision(PrintStream out, RunRequest request, int revision) throws IOException {
        if (revision == 1) {
            return;
        }
        Optional<Path> kept = RevisionSwap.keptFolder(request.layout(), request.key(),
                revision - 1);
        out.println("Revision " + revision + " of " + request.key() + " is published; it replaces revision " + (revision - 1) + kept.map(k -> ", whose outputs are kept in "
                + k + " until you remove them.").orElse("."));
    }

    /**
     * Parts of a report not drawn, and a shareable report or dataset withheld (exit code 3), as the report and
     * shareable steps noted them.
     */
    private static int printReportNotices(PrintStream out, PrintStream err, RunRequest request) throws IOException {
        boolean withheld = false;
        for (String name : List.of(ReportStage.NOTICES, ShareableStage.NOTICES)) {
            withheld |= printNotices(out, err, request.layout().reportFile(request.key(), name));
        }
        return withheld ? ExitCodes.SHAREABLE_WITHHELD : ExitCodes.OK;
    }

    /** Prints one notices file; true when it says shareable output was withheld. */
    private static boolean printNotices(PrintStream out, PrintStream err, Path notices) throws IOException {
        if (!Files.isRegularFile(notices)) {
            return false;
        }
        boolean withheld = false;
        out.println();
        for (String notice : Files.readAllLines(notices)) {
            if (notice.startsWith(ReportStage.WITHHELD) || notice.startsWith(ShareableStage.WITHHELD)) {
                withheld = true;
                err.println(notice);
            } else {
                out.println(notice);
            }
        }
        return withheld;
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
