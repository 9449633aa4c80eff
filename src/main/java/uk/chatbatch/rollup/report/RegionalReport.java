package uk.chatbatch.rollup.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.report.Formats;
import uk.chatbatch.report.NotDrawn;
import uk.chatbatch.report.PageFooter;
import uk.chatbatch.report.ReportFonts;
import uk.chatbatch.report.ReportStyle;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.report.SectionMarks;

/**
 * The regional benchmarking PDF of one group (a region, or a set of LAs) and period, drawn from the roll-up's
 * {@code benchmarking} and {@code benchmarking_trend} datasets only: an overview of the headline measures; for
 * each, the group's LAs as ranked bars with the group median and England, the trend of the group median, and a
 * table of ranks and quarters; then one comparison sheet per LA. Its figures are the LAs' shareable ones, so it
 * carries the shareable classification; a withheld figure is printed as "withheld", never as a number.
 *
 * <p>Looks like the LA reports (same fonts, palette, formats, footer and bookmarks); a part that cannot be drawn
 * says so in its place and the rest is drawn.
 */
public final class RegionalReport {

    public static final String FILE_NAME = "chat-regional-benchmarking.pdf";
    static final String TITLE = "Regional benchmarking";
    static final String MEASURES_GROUP = "Headline measures";
    static final String SHEETS_GROUP = "LA comparison sheets";
    private static final float MARGIN = 50f;
    private static final float TOP_MARGIN = 52f;
    private static final float BOTTOM_MARGIN = 62f;

    private RegionalReport() {
    }

    /** {@code <out>/reports/region/<group_id>/<period>/chat-regional-benchmarking.pdf}, as the roll-up contract places it. */
    public static Path path(Path out, String groupId, LocalDate period) {
        return out.resolve("reports").resolve("region").resolve(groupId).resolve(period.toString()).resolve(FILE_NAME);
    }

    /**
     * Writes the report to {@code pdf}, creating its folder. The caller publishes it (the roll-up writes into its
     * staging folder and renames).
     *
     * @param benchmarkingDir the {@code benchmarking} dataset's folder ({@code group=<id>/period=<date>/} below it)
     * @param trendDir        the {@code benchmarking_trend} dataset's folder ({@code group=<id>/} below it)
     * @return the parts that could not be drawn, one sentence each (each is drawn as "could not be drawn" in place)
     * @throws IllegalArgumentException with one sentence naming the folder, when the period has no benchmarking rows
     */
    public static List<String> write(Path benchmarkingDir, Path trendDir, String groupId, LocalDate period, Path pdf) {
        RegionalData data = RegionalData.read(benchmarkingDir, trendDir, groupId, period);
        try {
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(pdf)) {
                return write(data, headlines(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The regional report " + pdf + " could not be written: " + e.getMessage(), e);
        }
    }

    /** The catalogue's headline measures, in catalogue order. */
    static List<IndicatorMetadata> headlines() {
        return IndicatorCatalogue.discover().definitions().stream().filter(IndicatorMetadata::headline)
                .sorted(java.util.Comparator.comparing(IndicatorMetadata::id, IndicatorCatalogue.ORDER)).toList();
    }

    static List<String> write(RegionalData data, List<IndicatorMetadata> headlines, OutputStream out) {
        byte[] seed = seed(data);
        ReportFonts fonts = ReportFonts.load(seed);
        ReportStyle style = new ReportStyle(fonts);
        NotDrawn notDrawn = new NotDrawn();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        SectionMarks marks = new SectionMarks(fonts);
        writer.setPageEvent(new PageFooter(ReportVariant.SHAREABLE, footer(data), fonts));
        writer.setPageEvent(marks);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        describe(document, data);

        List<IndicatorView> views = new ArrayList<>();
        List<IndicatorMetadata> missing = new ArrayList<>();
        for (IndicatorMetadata m : headlines) {
            List<BenchmarkRow> rows = data.byIndicator().get(m.id());
            if (rows == null || rows.isEmpty()) {
                missing.add(m);
            } else {
                views.add(IndicatorView.of(m.id(), m.title(), rows));
            }
        }
        marks.declare(RegionalPages.OVERVIEW, "Overview", null);
        views.forEach(v -> marks.declare(RegionalPages.measureKey(v.id()), v.id() + " " + v.title(), MEASURES_GROUP));
        data.laCodes().forEach(la -> marks.declare(RegionalPages.sheetKey(la), RegionalData.laLabel(la), SHEETS_GROUP));

        document.open();
        byte[] id = seed;
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        RegionalPages pages = new RegionalPages(data, style, marks, notDrawn, document, writer);
        pages.overview(views, missing);
        for (IndicatorView view : views) {
            document.newPage();
            pages.measure(view);
        }
        for (String la : data.laCodes()) {
            document.newPage();
            pages.sheet(la, views);
        }
        document.close();
        return notDrawn.parts().stream().map(NotDrawn.Part::sentence).toList();
    }

    static String groupName(String groupId) {
        return groupId.startsWith("la-set-") ? "the LA set " + groupId : groupId;
    }

    private static String footer(RegionalData data) {
        return TITLE + " · " + groupName(data.groupId()) + " · period end " + Formats.date(data.period());
    }

    private static void describe(Document document, RegionalData data) {
        String title = TITLE + ": " + groupName(data.groupId()) + ", period ending " + Formats.date(data.period());
        document.addTitle(title);
        document.addSubject("Headline children's services measures (Ofsted ChAT style) of " + data.laCodes().size()
                + " LAs compared: ranks, quarters, the group median and England, and one comparison sheet per LA,"
                + " from the LAs' shareable indicators. " + ReportVariant.SHAREABLE.classification() + ".");
        document.addAuthor("chat-batch");
        document.addCreator("chat-batch");
        document.addKeywords(String.join(", ", "children's services", "ChAT", "regional benchmarking",
                groupName(data.groupId()), "period end " + data.period()));
    }

    /** Font subset tags and the file ID come from the group and period, so the same data gives the same bytes. */
    private static byte[] seed(RegionalData data) {
        try {
            return MessageDigest.getInstance("MD5").digest(("regional|" + data.groupId() + "|" + data.period())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
