package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * The report's pages: every table added to them is laid out by one rule, so no table anywhere in the report is
 * broken mid-row or leaves a row alone. A table that fits on a page is kept on one page (moved whole to the next
 * one when the rest of this page is too short); a longer table keeps its first two and its last two body rows
 * together, so neither the page it starts on nor the page it ends on holds a single row under its header. Rows
 * are moved whole to the next page ({@link PdfPTable#setSplitLate}); only a row taller than a page is split.
 */
final class ReportPages extends Document {

    /** Fewer body rows than this and a table longer than a page has no pair to bind at each end. */
    static final int ROWS_TO_BIND_BOTH_ENDS = 4;

    ReportPages(Rectangle size, float left, float right, float top, float bottom) {
        super(size, left, right, top, bottom);
    }

    /** A table that may start on a page too short for it: its rows flow on, whole, under a repeated header. */
    static final class FlowingTable extends PdfPTable {
        FlowingTable(float... relativeWidths) {
            super(relativeWidths);
        }
    }

    @Override
    public boolean add(Element element) {
        if (element instanceof FlowingTable table) {
            table.setSplitLate(true);
            table.setSplitRows(true);
            bindBothEnds(table, right() - left());
        } else if (element instanceof PdfPTable table) {
            keepRowsTogether(table, right() - left(), top() - bottom());
        }
        return super.add(element);
    }

    /** Applies the rule to a table about to be laid out {@code width} wide on pages {@code pageHeight} tall. */
    static void keepRowsTogether(PdfPTable table, float width, float pageHeight) {
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setTotalWidth(width * table.getWidthPercentage() / 100f);
        float height = table.getTotalHeight() + table.spacingBefore() + table.spacingAfter();
        if (height <= pageHeight) {
            table.setKeepTogether(true);
            return;
        }
        bindBothEnds(table, width);
    }

    /**
     * Binds a table's first two body rows and its last two, so wherever it breaks no page starts or ends it with
     * one row alone (a table with fewer body rows than {@link #ROWS_TO_BIND_BOTH_ENDS} is left as it is).
     */
    private static void bindBothEnds(PdfPTable table, float width) {
        table.setTotalWidth(width * table.getWidthPercentage() / 100f); // the bound pairs take its column widths
        int first = table.getHeaderRows();
        int last = table.size() - 1 - table.getFooterRows();
        if (last - first + 1 < ROWS_TO_BIND_BOTH_ENDS) {
            return;
        }
        bind(table, last - 1);
        bind(table, first);
        // OpenPDF keeps the heights worked out for an unchanged width: only the two bound rows need theirs, then
        // the total (laying every row out again took as long as measuring the table had)
        table.getRowHeight(first, true);
        table.getRowHeight(last - 2, true);
        table.calculateHeights(false);
    }

    /**
     * Makes rows {@code row} and {@code row + 1} one row that cannot be split: a full-width cell holding a table of
     * the same columns with those two rows, drawn exactly as they were.
     */
    private static void bind(PdfPTable table, int row) {
        PdfPTable pair = new PdfPTable(table.getAbsoluteWidths());
        pair.setWidthPercentage(100f);
        for (int r = row; r <= row + 1; r++) {
            for (PdfPCell cell : table.getRow(r).getCells()) {
                if (cell != null) {
                    pair.addCell(cell);
                }
            }
        }
        PdfPCell holder = new PdfPCell(pair);
        holder.setColspan(table.getNumberOfColumns());
        holder.setPadding(0f);
        holder.setBorder(Rectangle.NO_BORDER);
        PdfPCell[] cells = new PdfPCell[table.getNumberOfColumns()];
        cells[0] = holder;
        List<PdfPRow> rows = table.getRows();
        rows.set(row, new PdfPRow(cells));
        rows.remove(row + 1);
    }
}
