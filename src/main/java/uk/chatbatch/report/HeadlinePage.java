package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;

/**
 * Every indicator in catalogue order: its value and what it is out of, or, when it could not be
 * computed, the status and the reason instead (never a zero). Breakdowns such as gender follow on a
 * small line under the title.
 */
final class HeadlinePage implements ReportSection {

    /** Beyond this many values a breakdown line is cut short, with a count of the rest. */
    static final int BREAKDOWN_VALUES_SHOWN = 8;

    private final ReportInput input;
    private final ReportStyle style;

    HeadlinePage(ReportInput input, ReportStyle style) {
        this.input = input;
        this.style = style;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        ReportingPeriod period = input.context().period();
        document.add(style.heading("Headline indicators"));
        document.add(style.body("Flows count events in the six months " + Formats.date(period.windowFirstDay())
                + " to " + Formats.date(period.periodEnd()) + "; snapshots count what was open on "
                + Formats.date(period.periodEnd()) + ". Each indicator's exact definition is on the Definitions pages."));
        if (input.indicators().isEmpty()) {
            document.add(style.body("No indicators were computed for this run."));
            return;
        }
        PdfPTable table = style.table(9f, 48f, 15f, 28f);
        table.addCell(style.header("ID"));
        table.addCell(style.header("Indicator"));
        table.addCell(style.header("Value", Element.ALIGN_RIGHT));
        table.addCell(style.header("Out of / why not computed"));
        int row = 0;
        for (IndicatorResult result : input.indicators()) {
            List<PdfPCell> cells = row(result);
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(row));
                table.addCell(c);
            }
            row++;
        }
        document.add(table);
        long notComputed = input.indicators().stream().filter(r -> r.status() != IndicatorStatus.COMPUTED).count();
        document.add(style.paragraph(Formats.plural(input.indicators().size(), "indicator", "indicators") + "; "
                + Formats.count(input.indicators().size() - notComputed) + " computed, "
                + Formats.count(notComputed) + " not computed.", style.smallMuted, 0f, 0f));
    }

    private List<PdfPCell> row(IndicatorResult result) {
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(style.text(result.metadata().id(), style.cellBold));

        Phrase title = new Phrase(result.metadata().title(), style.cell);
        for (String line : breakdownLines(result)) {
            title.add(new Chunk("\n" + line, style.cellSmall));
        }
        cells.add(style.cell(title, Element.ALIGN_LEFT));

        boolean computed = result.status() == IndicatorStatus.COMPUTED;
        cells.add(style.cell(new Phrase(Formats.headlineValue(result), computed ? style.cellBold : style.cellAlert),
                Element.ALIGN_RIGHT));
        cells.add(style.text(Formats.headlineDetail(result), computed ? style.cell : style.cellSmall));
        return cells;
    }

    /** "By gender: Male 210; Female 190", one line per breakdown. */
    static List<String> breakdownLines(IndicatorResult result) {
        Map<String, List<IndicatorValue>> byBreakdown = new LinkedHashMap<>();
        for (IndicatorValue v : result.values()) {
            if (!v.isWholePopulation()) {
                byBreakdown.computeIfAbsent(v.breakdown(), k -> new ArrayList<>()).add(v);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<IndicatorValue>> e : byBreakdown.entrySet()) {
            List<String> parts = new ArrayList<>();
            List<IndicatorValue> values = e.getValue();
            for (int i = 0; i < Math.min(values.size(), BREAKDOWN_VALUES_SHOWN); i++) {
                parts.add(Formats.breakdownValue(values.get(i), result.metadata().unit()));
            }
            if (values.size() > BREAKDOWN_VALUES_SHOWN) {
                parts.add("and " + Formats.count(values.size() - BREAKDOWN_VALUES_SHOWN) + " more");
            }
            lines.add("By " + e.getKey() + ": " + String.join("; ", parts));
        }
        return lines;
    }
}
