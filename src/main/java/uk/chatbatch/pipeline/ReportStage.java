package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.report.LeadersHtmlWriter;
import uk.chatbatch.report.PdfReportWriter;
import uk.chatbatch.report.ReportDocument;
import uk.chatbatch.report.ReportInput;
import uk.chatbatch.report.ReportVariant;

/** Step 3: draw the PDF report from the published datasets and publish it. */
public final class ReportStage {

    public static final String STEP = "report";

    private final IndicatorCatalogue catalogue;
    private final Consumer<String> progress;

    public ReportStage(IndicatorCatalogue catalogue, Consumer<String> progress) {
        this.catalogue = catalogue;
        this.progress = progress;
    }

    /** The file name of a variant's analysts' appendix, e.g. chat-appendix-internal.pdf. */
    public static String fileName(ReportVariant variant) {
        return ReportDocument.APPENDIX.fileName(variant);
    }

    /**
     * Draws each requested variant from the published datasets, with the same LA's earlier periods as
     * history. The reconciliation with the returns is read from the datasets the indicators step wrote, since
     * the indicators read back here carry no drill-down. The shareable variant fails closed: if small numbers cannot be suppressed the step fails and
     * nothing is published.
     */
    public List<Path> run(RunRequest request, ZonedDateTime generatedAt) throws IOException {
        PublishedDatasets published = new PublishedDatasets(request.layout(), request.laCode(), request.periodEnd());
        List<IndicatorMetadata> definitions = catalogue.definitions();
        ReportInput input = new ReportInput(request.laCode(), request.laName(), request.periodEnd(), generatedAt,
                published.allIngestSummaries(), published.issues(), published.indicators(definitions),
                published.inputs(), request.indicatorContext(), published.earlierPeriods(definitions),
                Benchmarks.bundled(), request.region(), request.population().byEthnicGroup(), published.reconciliation(),
                ReportVariant.INTERNAL);
        StagingArea staging = new StagingArea(request.layout(), request.laCode(), request.periodEnd(), STEP);
        return Staged.run(staging, s -> {
            for (ReportVariant variant : request.reports()) {
                for (ReportDocument document : ReportDocument.values()) {
                    new PdfReportWriter(document).write(input.withVariant(variant),
                            s.reportFile(document.fileName(variant)));
                    progress.accept("Report drawn: " + document.fileName(variant) + " (" + variant.classification()
                            + ")");
                }
                new LeadersHtmlWriter().write(input.withVariant(variant), s.reportFile(LeadersHtmlWriter.fileName(variant)));
            }
        });
    }
}
