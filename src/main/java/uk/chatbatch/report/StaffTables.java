package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.Unit;

/**
 * Team and worker tables (internal report only): one row per team or worker, one column per indicator that
 * has that breakdown, so a reader can look along a team's row. Rows are in name order with "unallocated"
 * last; at most {@value #COLUMNS} indicators per table, the rest in further tables.
 */
final class StaffTables {

    static final int COLUMNS = 4;

    private final ReportStyle style;

    StaffTables(ReportStyle style) {
        this.style = style;
    }

    /** The results with a breakdown of this name, among those given. */
    static List<ShownResult> having(List<ShownResult> results, String breakdown) {
        return results.stream().filter(r -> r.isComputed() && r.breakdown(breakdown).isPresent()).toList();
    }

    List<PdfPTable> tables(List<ShownResult> results, String breakdown) {
        List<PdfPTable> tables = new ArrayList<>();
        for (int from = 0; from < results.size(); from += COLUMNS) {
            tables.add(table(results.subList(from, Math.min(results.size(), from + COLUMNS)), breakdown));
        }
        return tables;
    }

    private PdfPTable table(List<ShownResult> results, String breakdown) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<Map<String, Shown>> columns = new ArrayList<>();
        for (ShownResult r : results) {
            Map<String, Shown> byGroup = new LinkedHashMap<>();
            for (Shown v : r.breakdown(breakdown).orElseThrow().values()) {
                byGroup.put(v.group(), v);
                names.add(v.group());
            }
            columns.add(byGroup);
        }
        List<String> rows = new ArrayList<>(names);
        if (rows.remove(Breakdown.UNALLOCATED)) {
            rows.add(Breakdown.UNALLOCATED);
        }
        float[] widths = new float[results.size() + 1];
        widths[0] = 28f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 72f / results.size();
        }
        PdfPTable table = style.table(widths);
        table.addCell(style.header(Formats.capitalised(breakdown)));
        for (ShownResult r : results) {
            Phrase p = new Phrase(r.id(), style.cellBold);
            p.add(new Chunk("\n" + r.metadata().title(), style.cellSmall));
            PdfPCell header = style.cell(p, Element.ALIGN_RIGHT);
            header.setBackgroundColor(Palette.HEADER_FILL);
            table.addCell(header);
        }
        int i = 0;
        for (String name : rows) {
            List<PdfPCell> cells = new ArrayList<>();
            cells.add(style.text(Formats.capitalised(name), name.equals(Breakdown.UNALLOCATED) ? style.cellMuted
                    : style.cell));
            for (int c = 0; c < results.size(); c++) {
                Shown v = columns.get(c).get(name);
                Unit unit = results.get(c).metadata().unit();
                if (v == null) {
                    cells.add(style.number("—", style.cellMuted));
                    continue;
                }
                Phrase p = new Phrase(Formats.value(v, unit), style.cell);
                String basis = Formats.basis(v, unit);
                if (!basis.isEmpty() && unit != Unit.RATE_PER_10000) {
                    p.add(new Chunk("  " + basis, style.cellSmall));
                }
                cells.add(style.cell(p, Element.ALIGN_RIGHT));
            }
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(i));
                table.addCell(cell);
            }
            i++;
        }
        return table;
    }
}
