package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.datasets.IndicatorsDataset;

/** Who, when and for whom: the LA, the period, the variant and its handling, and the contents. */
final class CoverPage implements ReportSection {

    static final String PRODUCT = "chat-batch";
    static final String TITLE = "Children's services performance report";

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    CoverPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        ReportInput input = model.input;
        ReportingPeriod period = model.period;
        document.add(style.paragraph(PRODUCT + " · inspection-style indicators from the Annex A lists",
                style.smallMuted, 24f, 14f));
        Chunk title = new Chunk(TITLE, style.title);
        title.setGenericTag(PdfReportWriter.COVER);
        title.setLocalDestination(PdfReportWriter.COVER);
        com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(title);
        heading.setLeading(style.title.getSize() * 1.3f);
        heading.setSpacingAfter(10f);
        document.add(heading);
        document.add(style.paragraph(input.laWithCode(true), style.subtitle, 0f, 16f));
        document.add(style.paragraph("Period end: " + Formats.date(period.periodEnd()), style.bodyBold, 0f, 2f));
        document.add(style.paragraph("Flows count events in the six months " + Formats.date(period.windowFirstDay())
                + " to " + Formats.date(period.periodEnd()) + "; measures \"at the period end\" count what was open on "
                + Formats.date(period.periodEnd()) + ".", style.body, 0f, 12f));
        document.add(variantBox());
        document.add(style.paragraph("Contents", style.subheading, 16f, 4f));
        document.add(contents(writer));
        document.add(style.paragraph("Made on " + Formats.time(input.generatedAt()) + " by " + PRODUCT
                + ". Indicator catalogue " + IndicatorsDataset.CATALOGUE_VERSION + "; England and regional figures from"
                + " benchmark reference data " + Benchmarks.VERSION + "."
                + input.region().map(r -> " Region: " + r + ".").orElse("")
                + (input.revision() > 1 ? " Revision " + input.revision() + ": replaces revision " + (input.revision() - 1)
                + " of this LA and period, which is kept in the output folder under revisions/." : ""),
                style.smallMuted, 10f, 0f));
    }

    private PdfPTable variantBox() {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100f);
        Phrase text = new Phrase();
        ReportVariant variant = model.variant;
        text.add(new Chunk(Formats.capitalised(variant.label()) + " version: " + variant.classification() + "\n",
                style.bodyBold));
        text.add(new Chunk(variant.handling(), style.body));
        if (!variant.isInternal()) {
            text.add(new Chunk("\nHow small numbers are withheld: see " + NotesPage.TITLE + ".", style.small));
        }
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4f);
        cell.setBorderColorLeft(variant.isInternal() ? Palette.VERMILLION : Palette.BLUE);
        cell.setBackgroundColor(Palette.ZEBRA_FILL);
        cell.setPadding(8f);
        cell.setLeading(0f, 1.3f);
        box.addCell(cell);
        return box;
    }

    private PdfPTable contents(PdfWriter writer) {
        PdfPTable table = new PdfPTable(new float[] {90f, 10f});
        table.setWidthPercentage(100f);
        String group = null;
        for (SectionMarks.Entry entry : marks.entries()) {
            if (entry.key().equals(PdfReportWriter.COVER)) {
                continue;
            }
            if (entry.group() != null && !entry.group().equals(group)) {
                PdfPCell heading = plain(new Phrase(entry.group(), style.contentsBold));
                heading.setColspan(2);
                table.addCell(heading);
            }
            group = entry.group();
            Chunk link = new Chunk(entry.title(), entry.group() == null ? style.contentsBold : style.contents);
            link.setLocalGoto(entry.key());
            PdfPCell title = plain(new Phrase(link));
            if (entry.group() != null) {
                title.setPaddingLeft(14f);
            }
            table.addCell(title);
            PdfPCell page;
            try {
                page = new PdfPCell(Image.getInstance(marks.number(writer, entry.key())));
            } catch (com.lowagie.text.BadElementException e) {
                throw new IllegalStateException("the contents could not be laid out", e);
            }
            page.setBorder(Rectangle.BOTTOM);
            page.setBorderColor(Palette.GRIDLINE);
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            page.setPaddingTop(3f);
            page.setPaddingBottom(3f);
            table.addCell(page);
        }
        return table;
    }

    private PdfPCell plain(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(Palette.GRIDLINE);
        c.setPaddingTop(2f);
        c.setPaddingBottom(4f);
        c.setPaddingLeft(0f);
        return c;
    }
}
