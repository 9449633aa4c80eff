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
import java.util.GregorianCalendar;
import java.util.List;
import uk.chatbatch.indicators.IndicatorContext;

/**
 * Writes the PDF report for one LA and period end: cover, headline indicators, a chart per Annex A
 * list, data quality and definitions, on A4 with the LA, period end and page number on every page.
 * Charts are vector graphics and every font is embedded (DejaVu Sans, bundled), so the file looks
 * the same wherever it is opened.
 *
 * <p>The file is written beside its final path and renamed into place, so a crash never leaves a
 * half-written report where a reader would find it.
 */
public final class PdfReportWriter {

    static final float MARGIN = 50f;
    static final float BOTTOM_MARGIN = 62f;

    /** Writes the report to {@code pdf}, creating its folder and replacing any earlier file. */
    public void write(ReportInput input, Path pdf) {
        Path absolute = pdf.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            try (OutputStream out = Files.newOutputStream(part)) {
                write(input, out);
            }
            try {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
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

    /** Writes the report to a stream the caller owns (and closes). */
    public void write(ReportInput input, OutputStream out) {
        ReportInput in = withContext(input);
        ReportFonts fonts = ReportFonts.load(seed(in));
        ReportStyle style = new ReportStyle(fonts);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageFooter(footer(in), fonts));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        describe(document, in);

        document.open();
        // Set after open: OpenPDF stamps its own clock on open, and reads FILEID instead of a random ID.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(in.generatedAt())));
        byte[] id = seed(in);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        List<ReportSection> sections = List.of(new CoverPage(in, style), new HeadlinePage(in, style),
                new ListPages(in, style, new ReportCharts(fonts)), new DataQualityPage(in, style),
                new DefinitionsPage(in, style));
        for (ReportSection section : sections) {
            document.newPage();
            section.addTo(document, writer);
        }
        document.close();
    }

    static String title(ReportInput input) {
        return CoverPage.TITLE + ": " + input.laName() + ", period ending " + Formats.date(input.periodEnd());
    }

    private static String footer(ReportInput input) {
        return input.laName() + " (" + input.laCode() + ") · period end " + Formats.date(input.periodEnd());
    }

    private static void describe(Document document, ReportInput input) {
        document.addTitle(title(input));
        document.addSubject("Inspection-style (Ofsted ChAT) indicators, Annex A list charts and data quality for "
                + input.laName() + " (LA " + input.laCode() + "), six months to " + Formats.date(input.periodEnd()));
        document.addAuthor(CoverPage.PRODUCT);
        document.addCreator(CoverPage.PRODUCT);
        document.addKeywords(String.join(", ", "children's services", "ChAT", "Annex A", "Ofsted", "ILACS",
                "LA " + input.laCode(), input.laName(), "period end " + input.periodEnd()));
    }

    /**
     * What the report's random-looking parts (font subset tags, file ID) are derived from, so the same
     * input, made at the same time, gives the same bytes.
     */
    private static byte[] seed(ReportInput input) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = input.laCode() + "|" + input.periodEnd() + "|" + input.generatedAt().toInstant();
            return md5.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    /** The period and calendar the charts band by; derived from the period end when the caller gave none. */
    private static ReportInput withContext(ReportInput input) {
        if (input.context() != null) {
            return input;
        }
        return new ReportInput(input.laCode(), input.laName(), input.periodEnd(), input.generatedAt(), input.ingest(),
                input.issues(), input.indicators(), input.data(), IndicatorContext.forPeriodEnd(input.periodEnd()));
    }
}
