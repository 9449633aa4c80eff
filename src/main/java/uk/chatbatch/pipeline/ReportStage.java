package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.report.PdfReportWriter;
import uk.chatbatch.report.ReportInput;
import uk.chatbatch.report.ReportVariant;

/** Step 3: draw the PDF report from the published datasets and publish it. */
public final class ReportStage {

    public static final String STEP = "report";
    public static final String REPORT_FILE = "chat-report.pdf";

    private final IndicatorCatalogue catalogue;
    private final Consumer<String> progress;

    public ReportStage(IndicatorCatalogue catalogue, Consumer<String> progress) {
        this.catalogue = catalogue;
        this.progress = progress;
    }

    public List<Path> run(RunRequest request, ZonedDateTime generatedAt) throws IOException {
        PublishedDatasets published = new PublishedDatasets(request.layout(), request.laCode(), request.periodEnd());
        ReportInput input = new ReportInput(request.laCode(), request.laName(), request.periodEnd(), generatedAt,
                published.ingestSummaries(), published.issues(), published.indicators(catalogue.definitions()),
                published.annexA(), request.indicatorContext(), List.of(), Benchmarks.bundled(), request.region(),
                Map.of(), ReportVariant.INTERNAL);
        StagingArea staging = new StagingArea(request.layout(), request.laCode(), request.periodEnd(), STEP);
        return Staged.run(staging, s -> {
            new PdfReportWriter().write(input, s.reportFile(REPORT_FILE));
            progress.accept("Report drawn: " + REPORT_FILE);
        });
    }
}
