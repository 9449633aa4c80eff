package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The appendix's list of England figures whose id names no indicator (a category's share, a mean, a rate): each
 * with its year, the LA's figure on the same basis and where it stands, or in plain words why it is not compared.
 */
final class PartComparisonsPage implements ReportSection {

    static final String KEY = "part-comparisons";
    static final String TITLE = "England figures for parts of measures";

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    PartComparisonsPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        long compared = model.parts.stream().filter(PartComparison::isCompared).count();
        document.add(style.body("England publishes some figures that are a part of a measure rather than a whole"
                + " indicator: one category's share, a mean, a rate. Where this product computes the same measure on"
                + " the same basis it is set against England here and on the leaders' report's theme page; where it"
                + " does not, the England figure is listed with the reason. "
                + Formats.plural(compared, "figure is", "figures are") + " compared this period, of "
                + model.parts.size() + "."));
        PdfPTable table = style.flowingTable(22f, 19f, 12f, 47f); // starts under its introduction, not alone on the next page
        table.addCell(style.header("England figure"));
        table.addCell(style.header("England"));
        table.addCell(style.header("This LA", Element.ALIGN_RIGHT));
        table.addCell(style.header("Where it stands, and on what basis"));
        int row = 0;
        int year = model.input.periodEnd().getYear();
        for (PartComparison p : model.parts) {
            PdfPCell what = style.text(p.measure().title() + " (" + p.measure().benchmarkId() + ")", style.cellBold);
            LeadersReport.band(what, p.rating());
            String england = p.england().map(b -> BenchmarkText.valueAndYear(b, p.unit(), year))
                    .orElse("No England figure");
            String la = p.la().isEmpty() ? "none" : p.laText()
                    + (p.laBasisText().isEmpty() ? "" : "\n" + p.laBasisText());
            List<PdfPCell> cells = List.of(what, style.text(england), style.number(la), style.text(p.sentence()));
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(row));
                table.addCell(cell);
            }
            row++;
        }
        document.add(table);
    }
}
