package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import uk.chatbatch.report.SuppressionFailedException;

/** Step 3: draw the PDF report from the published datasets and publish it. */
public final class ReportStage {

    public static final String STEP = "report";

    private final IndicatorCatalogue catalogue;
    private final Consumer<String> progress;
    private final UnaryOperator<ReportInput> drawnFrom;
    private final Consumer<Timed> timings;

    public ReportStage(IndicatorCatalogue catalogue, Consumer<String> progress) {
        this(catalogue, progress, UnaryOperator.identity(), timed -> { });
    }

    /** @param drawnFrom changes what the reports are drawn from: a test's way in for a figure that faults */
    ReportStage(IndicatorCatalogue catalogue, Consumer<String> progress, UnaryOperator<ReportInput> drawnFrom) {
        this(catalogue, progress, drawnFrom, timed -> { });
    }

    private ReportStage(IndicatorCatalogue catalogue, Consumer<String> progress, UnaryOperator<ReportInput> drawnFrom,
                        Consumer<Timed> timings) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.drawnFrom = drawnFrom;
        this.timings = timings;
    }

    /** The same step, telling {@code timings} how long reading the datasets and drawing each document took. */
    public ReportStage timed(Consumer<Timed> timings) {
        return new ReportStage(catalogue, progress, drawnFrom, timings);
    }

    /**
     * How long one part of the step took: reading the published datasets, or drawing one document (named by its
     * file). Wall seconds, and the CPU seconds of the thread that did it, which other work on the machine changes
     * far less.
     */
    public record Timed(String what, double seconds, double cpuSeconds) {

        static final String READING = "reading the published datasets";

        static Timed since(String what, long startNanos, long startCpuNanos) {
            return new Timed(what, (System.nanoTime() - startNanos) / 1e9, (cpuNanos() - startCpuNanos) / 1e9);
        }

        static long cpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0L;
        }
    }

    /**
     * Beside the reports: one line per thing the run summary must say about them (a shareable report withheld,
     * a part not drawn), each starting with {@link #WITHHELD} or {@link #NOT_DRAWN}. Written only when there is
     * something to say.
     */
    public static final String NOTICES = "report-notices.txt";
    public static final String WITHHELD = "Shareable report withheld: ";
    public static final String NOT_DRAWN = "Not drawn in the ";

    /** The file name of a variant's analysts' appendix, e.g. chat-appendix-internal.pdf. */
    public static String fileName(ReportVariant variant) {
        return ReportDocument.APPENDIX.fileName(variant);
    }

    /**
     * Draws each requested variant from the published datasets, with the same LA's earlier periods as
     * history. The reconciliation with the returns is read from the datasets the indicators step wrote, since
     * the indicators read back here carry no drill-down. The shareable variant fails closed: if the small-number
     * rule throws, the shareable report is not written, the rest is published, and {@link #NOTICES} says which
     * figure and why (the run then ends with its own exit code). A part of a report that cannot be drawn is drawn
     * as such in its place and listed in {@link #NOTICES}.
     */
    public List<Path> run(RunRequest request, ZonedDateTime generatedAt) throws IOException {
        long readingStarted = System.nanoTime();
        long readingCpu = Timed.cpuNanos();
        PublishedDatasets published = new PublishedDatasets(request.runLayout(), request.layout(), request.key());
        List<IndicatorMetadata> definitions = catalogue.definitions();
        ReportInput input = drawnFrom.apply(new ReportInput(request.key(), request.laName(), generatedAt,
                published.allIngestSummaries(), published.issues(), published.indicators(definitions),
                published.listsRead(), request.indicatorContext(), published.earlierPeriods(definitions),
                Benchmarks.bundled(), request.region(), request.population().byEthnicGroup(), published.reconciliation(),
                ReportVariant.INTERNAL).withRevision(request.revision()).withSyntheticData(request.syntheticData()));
        timings.accept(Timed.since(Timed.READING, readingStarted, readingCpu));
        StagingArea staging = new StagingArea(request.runLayout(), request.key(), STEP);
        return Staged.run(staging, s -> {
            // Every document of every variant is drawn as its own task, on both cores; they are announced in
            // task order once all are drawn. A shareable document whose small-number rule faults is withheld.
            List<InParallel.Task<Drawn>> drawings = new ArrayList<>();
            for (DrawingOf task : drawingOrder(request.reports())) {
                Drawing document = task.document();
                ReportVariant variant = task.variant();
                drawings.add(() -> {
                    String file = document.fileName(variant);
                    long started = System.nanoTime();
                    long cpu = Timed.cpuNanos();
                    List<String> notDrawn;
                    try {
                        notDrawn = document.draw(input.withVariant(variant), s.reportFile(file));
                    } catch (SuppressionFailedException e) {
                        String withheld = WITHHELD + "the small-number rule could not be applied to " + e.figure()
                                + " (" + e.reason() + "), so it was not written; everything else was published.";
                        return new Drawn(variant, document, withheld, List.of(withheld),
                                Timed.since(file, started, cpu));
                    }
                    return new Drawn(variant, document, "Report drawn: " + file + " (" + variant.classification()
                            + ")" + (notDrawn.isEmpty() ? "" : "; " + notDrawn.size() + " part(s) could not be drawn"),
                            notDrawn.stream().map(part -> NOT_DRAWN + variant.label() + " report: " + part + ".")
                                    .toList(), Timed.since(file, started, cpu));
                });
            }
            // Announced by variant, then document, whatever order they were drawn in.
            List<Drawn> drawn = new ArrayList<>(InParallel.inOrder(drawings));
            drawn.sort(Comparator.comparing((Drawn d) -> request.reports().indexOf(d.variant()))
                    .thenComparing(d -> DOCUMENTS.indexOf(d.document())));
            // A variant's documents share one model, so a withheld rule or a part not drawn is said once.
            Set<String> notices = new LinkedHashSet<>();
            for (Drawn d : drawn) {
                progress.accept(d.progress());
                notices.addAll(d.notices());
                timings.accept(d.timed());
            }
            if (!notices.isEmpty()) {
                Files.write(s.reportFile(NOTICES), notices, StandardCharsets.UTF_8);
            }
        });
    }

    /** What drawing one document says: its progress line, and its notices for the run summary. */
    private record Drawn(ReportVariant variant, Drawing document, String progress, List<String> notices, Timed timed) {
    }

    /** A document drawn once per variant into the report folder. */
    interface Drawing {
        String fileName(ReportVariant variant);

        /** @return the parts that could not be drawn */
        List<String> draw(ReportInput input, Path file) throws IOException;
    }

    /** The documents each variant gets, in the order they are announced. */
    private static final List<Drawing> DOCUMENTS = List.of(pdf(ReportDocument.LEADERS), pdf(ReportDocument.APPENDIX),
            new Drawing() {
                @Override
                public String fileName(ReportVariant variant) {
                    return LeadersHtmlWriter.fileName(variant);
                }

                @Override
                public List<String> draw(ReportInput input, Path file) {
                    return new LeadersHtmlWriter().write(input, file);
                }
            });

    /** One document of one variant, to draw. */
    record DrawingOf(Drawing document, ReportVariant variant) {
    }

    /**
     * The order the documents are started in: the longest (the appendices) first, so the two cores finish together;
     * then the first variant's HTML, then the leaders' reports, and the other variants' HTML last. The HTML pages
     * share the pictures of the charts whose data are the same, so by the time the last starts, the first has drawn
     * them, and it takes them rather than wait while another core draws them.
     */
    static List<DrawingOf> drawingOrder(List<ReportVariant> variants) {
        Drawing appendix = DOCUMENTS.get(1);
        Drawing leaders = DOCUMENTS.get(0);
        Drawing html = DOCUMENTS.get(2);
        List<DrawingOf> order = new ArrayList<>();
        variants.forEach(v -> order.add(new DrawingOf(appendix, v)));
        variants.stream().limit(1).forEach(v -> order.add(new DrawingOf(html, v)));
        variants.forEach(v -> order.add(new DrawingOf(leaders, v)));
        variants.stream().skip(1).forEach(v -> order.add(new DrawingOf(html, v)));
        return order;
    }

    private static Drawing pdf(ReportDocument document) {
        return new Drawing() {
            @Override
            public String fileName(ReportVariant variant) {
                return document.fileName(variant);
            }

            @Override
            public List<String> draw(ReportInput input, Path file) {
                return new PdfReportWriter(document).write(input, file);
            }
        };
    }
}
