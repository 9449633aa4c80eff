package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;

/**
 * Writes the PDF report for one LA and period end, in the internal or the shareable variant: a cover with
 * the contents, the headline tiles, notes and caveats, a section per Annex A list supplied, worker tables
 * (internal only), the reconciliation of Annex A with the returns (when some measure is in both), data quality
 * and definitions, on A4 with the handling classification, LA, period end and
 * page number on every page and a bookmark for every section.
 * Charts are vector graphics and every font is embedded (DejaVu Sans, bundled), so the file looks
 * the same wherever it is opened.
 *
 * <p>The file is written beside its final path and renamed into place, so a crash never leaves a
 * half-written report where a reader would find it.
 */
public final class PdfReportWriter {

    static final float MARGIN = 50f;
    static final float TOP_MARGIN = 52f;
    static final float BOTTOM_MARGIN = 62f;
    static final String COVER = "cover";

    private final ReportDocument kind;

    /** The analysts' appendix: everything the run computed. */
    public PdfReportWriter() {
        this(ReportDocument.APPENDIX);
    }

    public PdfReportWriter(ReportDocument kind) {
        this.kind = kind;
    }

    /**
     * Writes the report to {@code pdf}, creating its folder and replacing any earlier file.
     *
     * @return the parts that could not be drawn (each drawn as "could not be drawn" in its place)
     */
    public List<String> write(ReportInput input, Path pdf) {
        Path absolute = pdf.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            List<String> notDrawn;
            try (OutputStream out = Files.newOutputStream(part)) {
                notDrawn = write(input, out);
            }
            try {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return notDrawn;
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF report " + absolute + " could not be written: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the .part file is only left behind if the write itself failed, which is already reported
            }
        }
    }

    /**
     * Writes the report to a stream the caller owns (and closes). Everything the pages print is worked out
     * first, so a shareable report whose small-number rule cannot be applied throws
     * {@link SuppressionFailedException} before a single byte is written. A section, figure, table row or tile
     * that throws is drawn as "could not be drawn: reason" in its place, and the rest of the report is drawn;
     * only a fault of the document itself (OpenPDF's) stops it.
     *
     * @return the parts that could not be drawn, one sentence each
     */
    public List<String> write(ReportInput input, OutputStream out) {
        ReportModel model = ReportModel.of(input);
        ReportFonts fonts = ReportFonts.load(seed(input));
        ReportStyle style = new ReportStyle(fonts);
        Document document = new ReportPages(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        SectionMarks marks = new SectionMarks(fonts);
        writer.setPageEvent(new PageFooter(input.variant(), footer(input), fonts));
        writer.setPageEvent(marks);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        describe(document, input, title(input));

        ReportCharts charts = new ReportCharts(fonts);
        ShapeCharts shapes = new ShapeCharts(fonts);
        List<ReportSection> sections = kind == ReportDocument.LEADERS
                ? LeadersReport.sections(model, style, marks, charts, shapes)
                : appendixSections(model, style, marks, charts, shapes);

        document.open();
        // Set after open: OpenPDF stamps its own clock on open, and reads FILEID instead of a random ID.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(input.generatedAt())));
        byte[] id = seed(input);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        // Each section declared one contents entry, in order: its title names it when it cannot be drawn.
        List<String> titles = new ArrayList<>();
        marks.entries().forEach(entry -> titles.add(entry.title()));
        ReportSection previous = null;
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            boolean follows = (section instanceof ListSection && previous instanceof ListSection)
                    || section instanceof LeadersReport.FollowsOnSamePage;
            if (follows && ListSection.roomFor(document, writer)) {
                document.add(style.paragraph(" ", style.body, 10f, 0f));
            } else if (previous != null) {
                document.newPage();
            }
            ReportSection drawing = section;
            if (!model.notDrawn.tryDrawing("The section " + titles.get(i), () -> drawing.addTo(document, writer))) {
                document.add(style.paragraph("The rest of this section " + NotDrawn.PREFIX
                        + model.notDrawn.last().reason(), style.bodyBold, 4f, 4f));
            }
            previous = section;
        }
        document.close();
        return model.notDrawn.parts().stream().map(NotDrawn.Part::sentence).toList();
    }

    private static List<ReportSection> appendixSections(ReportModel model, ReportStyle style, SectionMarks marks,
                                                        ReportCharts charts, ShapeCharts shapes) {
        ReportInput input = model.input;
        List<ReportSection> sections = new ArrayList<>();
        marks.declare(COVER, "Cover and contents", null);
        sections.add(new CoverPage(model, style, marks));
        marks.declare(AtAGlancePage.KEY, AtAGlancePage.TITLE, null);
        sections.add(new AtAGlancePage(model, style, marks, shapes));
        marks.declare(PartComparisonsPage.KEY, PartComparisonsPage.TITLE, null);
        sections.add(new PartComparisonsPage(model, style, marks));
        marks.declare(NotesPage.KEY, NotesPage.TITLE, null);
        sections.add(new NotesPage(model, style, marks));
        for (AnnexAList list : model.listsPresent) {
            marks.declare(ListSection.key(list), ListSection.title(list), ListSection.GROUP);
            sections.add(new ListSection(model, list, style, marks, charts, shapes));
        }
        for (String returnName : List.of("SSDA903", "CIN census")) {
            List<ShownResult> fromReturn = model.resultsFromReturn(returnName);
            if (fromReturn.stream().anyMatch(ShownResult::isComputed)) {
                marks.declare(ListSection.returnKey(returnName), ListSection.returnTitle(returnName), null);
                sections.add(ListSection.forReturn(model, returnName, fromReturn, style, marks, charts, shapes));
            }
        }
        if (WorkerTablesPage.applies(model)) {
            marks.declare(WorkerTablesPage.KEY, WorkerTablesPage.TITLE, null);
            sections.add(new WorkerTablesPage(model, style, marks));
        }
        if (ReconciliationPage.applies(model)) {
            marks.declare(ReconciliationPage.KEY, ReconciliationPage.TITLE, null);
            sections.add(new ReconciliationPage(model, style, marks));
        }
        marks.declare(DataQualityPage.KEY, DataQualityPage.TITLE, null);
        sections.add(new DataQualityPage(input, style, marks, model.notDrawn));
        marks.declare(DefinitionsPage.KEY, DefinitionsPage.TITLE, null);
        sections.add(new DefinitionsPage(model, style, marks));
        return sections;
    }

    String title(ReportInput input) {
        return (kind == ReportDocument.LEADERS ? LeadersReport.TITLE : CoverPage.TITLE) + ": " + input.laTitle() + ", period ending " + Formats.date(input.periodEnd())
                + " (" + input.variant().label() + ")";
    }

    private static String footer(ReportInput input) {
        return input.laWithCode(false) + " · period end "
                + Formats.date(input.periodEnd()) + (input.revision() > 1 ? " · revision " + input.revision() : "");
    }

    private static void describe(Document document, ReportInput input, String title) {
        document.addTitle(title);
        document.addSubject("Inspection-style (Ofsted ChAT) indicators with England comparisons, trends, charts by"
                + " Annex A list, data quality and definitions for " + input.laName() + " (LA " + input.laCode()
                + "), six months to " + Formats.date(input.periodEnd()) + ". " + input.variant().classification()
                + ".");
        document.addAuthor(CoverPage.PRODUCT);
        document.addCreator(CoverPage.PRODUCT);
        document.addKeywords(String.join(", ", "children's services", "ChAT", "Annex A", "Ofsted", "ILACS",
                "LA " + input.laCode(), input.laName(), "period end " + input.periodEnd(),
                input.variant().label() + " version", input.variant().classification()));
    }

    /**
     * What the report's random-looking parts (font subset tags, file ID) are derived from, so the same
     * input, made at the same time, gives the same bytes.
     */
    private byte[] seed(ReportInput input) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = input.laCode() + "|" + input.periodEnd() + "|" + input.generatedAt().toInstant() + "|"
                    + input.variant() + "|" + kind;
            return md5.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
