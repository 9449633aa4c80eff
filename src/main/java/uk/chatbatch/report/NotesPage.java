package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The numbered caveats that tiles and tables point to. */
final class NotesPage implements ReportSection {

    static final String KEY = "notes";
    static final String TITLE = "Notes and caveats";

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    NotesPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        document.add(style.body("What to keep in mind when reading the figures. The numbers match the \"note\" marks"
                + " on the tiles and in the tables."));
        PdfTable table = new PdfTable(style);
        for (Notes.Note note : model.notes.all()) {
            table.row(note.number() + ".", note.title(), note.text());
        }
        document.add(table.table);
    }

    /** A borderless three-column list: number, title, text. */
    private static final class PdfTable {
        final PdfPTable table = new PdfPTable(new float[] {4f, 22f, 74f});
        final ReportStyle style;

        PdfTable(ReportStyle style) {
            this.style = style;
            table.setWidthPercentage(100f);
            table.setSpacingBefore(4f);
        }

        void row(String number, String title, String text) {
            PdfPCell n = style.text(number, style.cellBold);
            PdfPCell t = style.text(title, style.cellBold);
            PdfPCell x = style.text(text);
            for (PdfPCell c : new PdfPCell[] {n, t, x}) {
                c.setBorderColor(Palette.GRIDLINE);
                c.setPaddingBottom(6f);
                table.addCell(c);
            }
        }
    }
}
