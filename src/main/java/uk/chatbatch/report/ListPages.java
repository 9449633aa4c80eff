package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.IngestSummary;

/**
 * One section per Annex A list, in list order: a chart that fits the list with a caption stating its
 * numbers, or one line saying the list was not supplied or why it was skipped. A section is never
 * split across pages.
 */
final class ListPages implements ReportSection {

    private final ReportInput input;
    private final ReportStyle style;
    private final ReportCharts charts;
    private final ListCharts figures;

    ListPages(ReportInput input, ReportStyle style, ReportCharts charts) {
        this.input = input;
        this.style = style;
        this.charts = charts;
        this.figures = new ListCharts(input.context().period(), input.context().calendar());
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(style.heading("Annex A lists"));
        document.add(style.body("A chart for each list supplied, drawn from its clean rows (quarantined rows are left"
                + " out and counted on the Data quality page). Each caption gives the numbers the chart shows."));
        float width = document.right() - document.left();
        for (AnnexAList list : AnnexAList.values()) {
            PdfPTable section = new PdfPTable(1);
            section.setWidthPercentage(100f);
            section.setKeepTogether(true);
            section.setSpacingBefore(6f);
            section.setSpacingAfter(4f);
            PdfPCell cell = style.block();
            AnnexAData data = input.data();
            if (data.isAvailable(list)) {
                ListFigure figure = figures.figure(list, data.rows(list));
                cell.addElement(style.subheading(list.label()));
                cell.addElement(style.paragraph(figure.title(), style.bodyBold, 0f, 1f));
                cell.addElement(style.paragraph(source(list), style.smallMuted, 0f, 4f));
                figure.chart().ifPresent(chart -> {
                    Image image = charts.draw(writer.getDirectContent(), chart, width);
                    image.setAlt(figure.title());
                    image.setSpacingAfter(2f);
                    cell.addElement(image);
                });
                cell.addElement(style.paragraph(figure.caption(), style.small, 2f, 4f));
            } else {
                cell.addElement(style.subheading(list.label()));
                cell.addElement(style.paragraph(unavailable(data, list), style.body, 0f, 2f));
            }
            section.addCell(cell);
            document.add(section);
        }
    }

    /** "Read from annex_a.xlsx [List 1]: 242 rows, 240 clean, 2 quarantined." */
    private String source(AnnexAList list) {
        List<String> parts = new ArrayList<>();
        for (IngestSummary s : input.ingest()) {
            if (s.list() == list && IngestSummary.READ.equals(s.status())) {
                parts.add(s.file() + (s.sheet().equals(s.file()) ? "" : " [" + s.sheet() + "]") + ": "
                        + Formats.plural(s.rowsRead(), "row", "rows") + ", " + Formats.count(s.rowsClean())
                        + " clean, " + Formats.count(s.rowsQuarantined()) + " quarantined");
            }
        }
        int clean = input.data().rows(list).size();
        return parts.isEmpty() ? Formats.plural(clean, "clean row", "clean rows") + "."
                : "Read from " + String.join("; ", parts) + ".";
    }

    static String unavailable(AnnexAData data, AnnexAList list) {
        String reason = data.unavailableReason(list).orElse(AnnexAData.NOT_SUPPLIED);
        if (AnnexAData.NOT_SUPPLIED.equals(reason)) {
            return "Not supplied: the input had no file or sheet for this list, so it has no chart and its"
                    + " indicators say so.";
        }
        String sentence = reason.toLowerCase(java.util.Locale.ROOT).startsWith("skipped")
                ? Character.toUpperCase(reason.charAt(0)) + reason.substring(1) : "Skipped: " + reason;
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
