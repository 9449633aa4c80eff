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
 * last. A team table has at most {@value #COLUMNS} indicators, headed by id and title; the worker table,
 * which runs to hundreds of rows, is compact: up to {@value #COMPACT_COLUMNS} indicators headed by id only.
 */
final class StaffTables {

    static final int COLUMNS = 5;
    static final int COMPACT_COLUMNS = 7;

    private final ReportStyle style;

    StaffTables(ReportStyle style) {
        this.style = style;
    }

    /** The results with a breakdown of this name, among those given. */
    static List<ShownResult> having(List<ShownResult> results, String breakdown) {
        return results.stream().filter(r -> r.isComputed() && r.breakdown(breakdown).isPresent()).toList();
    }

    List<PdfPTable> tables(List<ShownResult> results, String breakdown) {
        return tables(results, breakdown, false);
    }

    List<PdfPTable> tables(List<ShownResult> results, String breakdown, boolean compact) {
        int columns = compact ? COMPACT_COLUMNS : COLUMNS;
        List<PdfPTable> tables = new ArrayList<>();
        for (int from = 0; from < results.size(); from += columns) {
            tables.add(table(results.subList(from, Math.min(results.size(), from + columns)), breakdown, compact));
        }
        return tables;
    }

    private PdfPTable table(List<ShownResult> results, String breakdown, boolean compact) {
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
        widths[0] = compact ? 17f : 28f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (100f - widths[0]) / (compact ? COMPACT_COLUMNS : results.size());
        }
        PdfPTable table = style.table(widths);
        table.setWidthPercentage(compact ? 100f * (widths[0] + (100f - widths[0]) / COMPACT_COLUMNS * results.size())
                / 100f : 100f);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(style.header(Formats.capitalised(breakdown)));
        for (ShownResult r : results) {
            Phrase p = new Phrase(r.id(), style.cellBold);
            if (!compact) {
                p.add(new Chunk("\n" + r.metadata().title(), style.cellSmall));
            }
            PdfPCell header = style.cell(p, Element.ALIGN_RIGHT);
            header.setBackgroundColor(Palette.HEADER_FILL);
            table.addCell(header);
        }
        int i = 0;
        for (String name : rows) {
            List<PdfPCell> cells = new ArrayList<>();
            cells.add(style.text(Formats.capitalised(name), name.equals(Breakdown.UNALLOCATED) ? style.cellMuted
                    : compact ? style.cellSmallText : style.cell));
            for (int c = 0; c < results.size(); c++) {
                Shown v = columns.get(c).get(name);
                Unit unit = results.get(c).metadata().unit();
                if (v == null) {
                    cells.add(style.number("—", style.cellMuted));
                    continue;
                }
                Phrase p = new Phrase(Formats.value(v, unit), compact ? style.cellSmallText : style.cell);
                String basis = compact ? compactBasis(v, unit) : Formats.basis(v, unit);
                if (!basis.isEmpty() && unit != Unit.RATE_PER_10000) {
                    p.add(new Chunk((compact ? " " : "  ") + basis, compact ? style.tiny : style.cellSmall));
                }
                cells.add(style.cell(p, Element.ALIGN_RIGHT));
            }
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(i));
                if (compact) {
                    cell.setPaddingTop(1f);
                    cell.setPaddingBottom(2f);
                    cell.setPaddingLeft(1.5f);
                    cell.setPaddingRight(2f);
                }
                table.addCell(cell);
            }
            i++;
        }
        return table;
    }

    /** "34/40" for a percentage, "of 40" for a median; nothing for a count. */
    private static String compactBasis(Shown v, Unit unit) {
        if (v.suppressed() || v.denominator() == null && unit != Unit.DAYS) {
            return "";
        }
        return unit == Unit.DAYS ? "of " + Formats.count(v.numerator())
                : Formats.count(v.numerator()) + "/" + Formats.count(v.denominator());
    }
}
