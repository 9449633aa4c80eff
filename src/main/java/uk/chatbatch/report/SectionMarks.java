package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents and the PDF outline (bookmarks). Every section is declared before the first page, so the
 * contents can list it with an empty page-number box; when the section's heading is laid out, the page it
 * landed on is written into the box and a bookmark to the heading is added. Headings carry a local
 * destination, so contents entries and bookmarks are links.
 */
public final class SectionMarks extends PdfPageEventHelper {

    /** A section in the contents: its key, title, and the group it sits under in the outline (or none). */
    record Entry(String key, String title, String group) {
    }

    private final ReportFonts fonts;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, PdfTemplate> numbers = new LinkedHashMap<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final Map<String, PdfOutline> groups = new LinkedHashMap<>();
    private PdfWriter writer;

    static final float NUMBER_WIDTH = 24f;
    static final float NUMBER_HEIGHT = 11f;

    public SectionMarks(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void declare(String key, String title, String group) {
        entries.put(key, new Entry(key, title, group));
    }

    Iterable<Entry> entries() {
        return entries.values();
    }

    /** The box the page number of a section is written into, for the contents. */
    PdfTemplate number(PdfWriter pdf, String key) {
        return numbers.computeIfAbsent(key, k -> pdf.getDirectContent().createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT));
    }

    /** The page a section started on, once laid out (for tests and the contents). */
    Integer page(String key) {
        return pages.get(key);
    }

    /** A section's heading: marked, linked and bookmarked when it is laid out. */
    public Paragraph heading(ReportStyle style, String key, String text) {
        Chunk chunk = new Chunk(text, style.heading);
        chunk.setGenericTag(key);
        chunk.setLocalDestination(key);
        Paragraph p = new Paragraph(chunk);
        p.setLeading(style.heading.getSize() * 1.35f);
        p.setSpacingAfter(8f);
        return p;
    }

    @Override
    public void onOpenDocument(PdfWriter pdfWriter, Document document) {
        this.writer = pdfWriter;
    }

    @Override
    public void onGenericTag(PdfWriter pdfWriter, Document document, Rectangle rect, String key) {
        Entry entry = entries.get(key);
        if (entry == null || pages.containsKey(key)) {
            return;
        }
        int page = pdfWriter.getPageNumber();
        pages.put(key, page);
        PdfTemplate box = numbers.get(key);
        if (box != null) {
            String text = String.valueOf(page);
            float width = fonts.regular().getWidthPoint(text, 10f);
            box.beginText();
            box.setFontAndSize(fonts.regular(), 10f);
            box.setColorFill(Palette.TEXT);
            box.setTextMatrix(NUMBER_WIDTH - width, 2f);
            box.showText(text);
            box.endText();
        }
        PdfOutline parent = pdfWriter.getRootOutline();
        if (entry.group() != null) {
            parent = groups.computeIfAbsent(entry.group(),
                    g -> new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(key, false), g, true));
        }
        new PdfOutline(parent, PdfAction.gotoLocalPage(key, false), entry.title(), false);
    }
}
