package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.ingest.IngestSummary;

/** Who and when: the LA, the period and window, the input files read and when the report was made. */
final class CoverPage implements ReportSection {

    static final String PRODUCT = "chat-batch";
    static final String TITLE = "Children's services performance report";

    private final ReportInput input;
    private final ReportStyle style;

    CoverPage(ReportInput input, ReportStyle style) {
        this.input = input;
        this.style = style;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        ReportingPeriod period = input.context().period();
        document.add(style.paragraph(PRODUCT + " · inspection-style indicators from the Annex A lists",
                style.smallMuted, 40f, 14f));
        document.add(style.paragraph(TITLE, style.title, 0f, 10f));
        document.add(style.paragraph(input.laName() + " (LA " + input.laCode() + ")", style.subtitle, 0f, 18f));

        document.add(style.paragraph("Period end: " + Formats.date(period.periodEnd()), style.bodyBold, 0f, 2f));
        document.add(style.paragraph("Covers the six months " + Formats.date(period.windowFirstDay()) + " to "
                + Formats.date(period.periodEnd()) + ". Measures \"at the period end\" count what was open on "
                + Formats.date(period.periodEnd()) + ".", style.body, 0f, 14f));

        document.add(style.paragraph("What is in this report", style.subheading, 0f, 3f));
        document.add(style.body("1. Headline indicators, each with its value and what it is out of, or the reason it"
                + " could not be computed. A missing value is never shown as zero."));
        document.add(style.body("2. One section per Annex A list, with a chart and a caption giving its numbers."));
        document.add(style.body("3. Data quality: the problems found in the input, counted by list and type."));
        document.add(style.body("4. Definitions of every indicator, generated from the code that computes it."));

        document.add(style.subheading("Input files"));
        document.add(inputTable());
        document.add(style.paragraph("Made on " + Formats.time(input.generatedAt()) + " by " + PRODUCT + ".",
                style.smallMuted, 8f, 0f));
    }

    private Element inputTable() {
        if (input.ingest().isEmpty()) {
            return style.body("No input files were read.");
        }
        PdfPTable table = style.table(22f, 10f, 26f, 10f, 9f, 14f, 9f);
        table.addCell(style.header("File"));
        table.addCell(style.header("Sheet"));
        table.addCell(style.header("List"));
        table.addCell(style.header("Rows read", Element.ALIGN_RIGHT));
        table.addCell(style.header("Clean", Element.ALIGN_RIGHT));
        table.addCell(style.header("Quarantined", Element.ALIGN_RIGHT));
        table.addCell(style.header("Issues", Element.ALIGN_RIGHT));
        long read = 0;
        long clean = 0;
        long quarantined = 0;
        long issues = 0;
        for (IngestSummary s : input.ingest()) {
            table.addCell(style.text(s.file()));
            table.addCell(style.text(s.sheet()));
            String list = s.list() == null ? "none" : s.list().label();
            boolean skipped = !IngestSummary.READ.equals(s.status());
            PdfPCell listCell = style.text(skipped ? list + " — " + s.status() : list);
            table.addCell(listCell);
            table.addCell(style.number(Formats.count(s.rowsRead())));
            table.addCell(style.number(Formats.count(s.rowsClean())));
            table.addCell(style.number(Formats.count(s.rowsQuarantined())));
            table.addCell(style.number(Formats.count(s.issues())));
            read += s.rowsRead();
            clean += s.rowsClean();
            quarantined += s.rowsQuarantined();
            issues += s.issues();
        }
        PdfPCell total = style.text("Total", style.cellBold);
        total.setColspan(3);
        table.addCell(total);
        table.addCell(style.number(Formats.count(read), style.cellBold));
        table.addCell(style.number(Formats.count(clean), style.cellBold));
        table.addCell(style.number(Formats.count(quarantined), style.cellBold));
        table.addCell(style.number(Formats.count(issues), style.cellBold));
        return table;
    }
}
