package uk.chatbatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written report read back with PDFBox, as a reader's viewer would: its pages' text and its bookmarks. */
final class ReportPdf {

    final byte[] bytes;
    final List<String> pages = new ArrayList<>();
    /** Top-level bookmarks and their children, as "title -> page", in order; children indented by two spaces. */
    final List<String> outline = new ArrayList<>();

    ReportPdf(byte[] bytes) {
        this.bytes = bytes;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf).strip());
            }
            if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                    outline.add(item.getTitle() + " -> " + page(pdf, item));
                    for (PDOutlineItem child : item.children()) {
                        outline.add("  " + child.getTitle() + " -> " + page(pdf, child));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportPdf of(ReportInput input) {
        return new ReportPdf(render(input));
    }

    static byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(input, out);
        return out.toByteArray();
    }

    private static int page(PDDocument pdf, PDOutlineItem item) throws IOException {
        return pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
    }

    String page(int number) {
        return pages.get(number - 1);
    }

    String all() {
        return String.join("\n", pages);
    }

    /** The first page whose text starts with the heading. */
    int pageStarting(String heading) {
        for (int p = 1; p <= pages.size(); p++) {
            if (body(p).startsWith(heading)) {
                return p;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    /**
     * The page's text without the classification at the top and the footer. The page's own text comes out
     * first, in the order it was written; the top and bottom marks are drawn last, as the page ends.
     */
    String body(int page) {
        String text = page(page);
        // Three lines of marks: the classification at the top, then the footer's classification and its LA line.
        for (int i = 0; i < 3; i++) {
            int line = text.lastIndexOf('\n');
            text = line < 0 ? "" : text.substring(0, line);
        }
        return text.strip();
    }

    /** The classification and footer lines of a page. */
    String marks(int page) {
        String text = page(page);
        return text.substring(body(page).length()).strip();
    }

    /** Table cells come out of text extraction with line breaks where they wrap: compare without whitespace. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
