package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
            // Every document of every variant is drawn as its own task, on both cores; they are announced in
            // task order once all are drawn.
            List<InParallel.Task<String>> drawings = new ArrayList<>();
            for (ReportVariant variant : request.reports()) {
                for (Drawing document : DOCUMENTS) {
                    drawings.add(() -> {
                        String file = document.fileName(variant);
                        document.draw(input.withVariant(variant), s.reportFile(file));
                        return "Report drawn: " + file + " (" + variant.classification() + ")";
                    });
                }
            }
            InParallel.inOrder(drawings).forEach(progress);
        });
    }

    /** A document drawn once per variant into the report folder. */
    interface Drawing {
        String fileName(ReportVariant variant);

        void draw(ReportInput input, Path file) throws IOException;
    }

    /** The documents each variant gets, in the order they are announced. */
    private static final List<Drawing> DOCUMENTS = List.of(pdf(ReportDocument.LEADERS), pdf(ReportDocument.APPENDIX),
            new Drawing() {
                @Override
                public String fileName(ReportVariant variant) {
                    return LeadersHtmlWriter.fileName(variant);
                }

                @Override
                public void draw(ReportInput input, Path file) {
                    new LeadersHtmlWriter().write(input, file);
                }
            });

    private static Drawing pdf(ReportDocument document) {
        return new Drawing() {
            @Override
            public String fileName(ReportVariant variant) {
                return document.fileName(variant);
            }

            @Override
            public void draw(ReportInput input, Path file) {
                new PdfReportWriter(document).write(input, file);
            }
        };
    }
}
