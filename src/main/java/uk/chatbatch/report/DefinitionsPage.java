package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;

/** Every indicator's definition, generated from the metadata on its class: the text next to the code. */
final class DefinitionsPage implements ReportSection {

    private final ReportInput input;
    private final ReportStyle style;

    DefinitionsPage(ReportInput input, ReportStyle style) {
        this.input = input;
        this.style = style;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(style.heading("Definitions"));
        document.add(style.body("Generated from the definition each indicator carries in the code that computes it."
                + " \"Window\" is the six months ending on the period end unless it says otherwise; working days"
                + " leave out weekends and England and Wales bank holidays."));
        if (input.indicators().isEmpty()) {
            document.add(style.body("No indicators were computed, so there are no definitions."));
            return;
        }
        Map<String, IndicatorMetadata> unique = new LinkedHashMap<>();
        for (IndicatorResult result : input.indicators()) {
            unique.putIfAbsent(result.metadata().id(), result.metadata());
        }
        for (IndicatorMetadata m : unique.values()) {
            document.add(definition(m));
        }
    }

    private PdfPTable definition(IndicatorMetadata m) {
        PdfPTable table = new PdfPTable(new float[] {17f, 83f});
        table.setWidthPercentage(100f);
        table.setKeepTogether(true);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(6f);
        PdfPCell title = style.cell(new Phrase(m.id() + "  " + m.title(), style.cellBold), PdfPCell.ALIGN_LEFT);
        title.setColspan(2);
        title.setBackgroundColor(Palette.HEADER_FILL);
        title.setBorder(Rectangle.NO_BORDER);
        table.addCell(title);
        row(table, "Definition", m.definition());
        row(table, m.denominator().isBlank() ? "Counts" : "Numerator", m.numerator());
        if (!m.denominator().isBlank()) {
            row(table, "Denominator", m.denominator());
        }
        row(table, "Window", m.window());
        row(table, "Source", m.source().label() + "; fields: "
                + m.fields().stream().map(Field::header).collect(Collectors.joining("; ")));
        row(table, "Unit, polarity", m.unit().label() + "; " + m.polarity().description());
        if (!m.breakdowns().isEmpty()) {
            row(table, "Breakdowns", String.join(", ", m.breakdowns()));
        }
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        PdfPCell l = style.text(label, style.cellMuted);
        PdfPCell v = style.text(value.isBlank() ? "—" : value);
        l.setBorder(Rectangle.NO_BORDER);
        v.setBorder(Rectangle.NO_BORDER);
        l.setPaddingBottom(2f);
        v.setPaddingBottom(2f);
        table.addCell(l);
        table.addCell(v);
    }
}
