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
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.IndicatorSettings;

/**
 * Every indicator's definition, generated from the metadata on its class (the text next to the code),
 * with the value of each [decision] setting it used and whether that is the catalogue's default, and the
 * England figure it is compared with: its year, status, what it measures and where it comes from.
 */
final class DefinitionsPage implements ReportSection {

    static final String KEY = "definitions";
    static final String TITLE = "Definitions";

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    DefinitionsPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        document.add(style.body("Generated from the definition each indicator carries in the code that computes it."
                + " \"Window\" is the six months ending on the period end unless it says otherwise; working days"
                + " leave out weekends and England and Wales bank holidays. Settings marked [decision] are the"
                + " catalogue's choices, set per LA in the job file."));
        if (model.results.isEmpty()) {
            document.add(style.body("No indicators were computed, so there are no definitions."));
            return;
        }
        Map<String, IndicatorMetadata> unique = new LinkedHashMap<>();
        for (ShownResult result : model.results) {
            unique.putIfAbsent(result.id(), result.metadata());
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
        row(table, "Source", m.fromReturns()
                ? m.sourceLabel() + "; fields: " + String.join("; ", m.returnFields())
                : m.lists().stream().map(AnnexAList::label).collect(Collectors.joining("; "))
                        + "; fields: " + m.fields().stream().map(Field::header).collect(Collectors.joining("; ")));
        row(table, "Measured", m.window() + "; " + m.unit().label() + "; " + m.polarity().description() + "; chart: "
                + chart(m));
        if (!m.breakdowns().isEmpty()) {
            row(table, "Breakdowns", String.join(", ", m.breakdowns()));
        }
        IndicatorSettings settings = model.input.context().settings();
        for (IndicatorSetting s : m.settings()) {
            // the key goes in the wide column: in the label's it would break mid-word
            row(table, "[decision]", s.key() + ": " + settings.value(s) + " " + s.unit()
                    + (settings.isDefault(s) ? " (the default)" : " (changed from the default of " + s.defaultValue()
                    + ")") + ". " + s.description());
        }
        row(table, "England", england(m));
        return table;
    }

    private String england(IndicatorMetadata m) {
        Comparison c = model.comparison(m.id());
        if (c == null || c.england().isEmpty()) {
            return "No published or derived England figure in the benchmark reference data.";
        }
        Benchmark b = c.england().get();
        String value = Comparison.comparable(m.unit(), b.unit()) ? Formats.benchmark(b.value(), m.unit())
                : Formats.oneDecimal(b.value()).replaceAll("\\.0$", "");
        return value + " (" + b.year() + ", " + b.status() + "): " + b.unit() + "."
                + (b.note().isBlank() ? "" : " " + Formats.capitalised(b.note()) + ".")
                + (c.isCompared() ? "" : " Not compared: " + c.why() + ".") + " Source: " + b.source();
    }

    private static String chart(IndicatorMetadata m) {
        return switch (m.chart()) {
            case KPI -> "headline tile";
            case TRD -> "monthly trend bars";
            case BND -> "duration bands";
            case DON -> "donut";
            case SRC -> "bars sorted by frequency";
            case MUL -> "children with multiple records";
            case PYR -> "age and gender pyramid";
            case ETH -> "ethnicity table";
        };
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
