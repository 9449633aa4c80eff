package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every table on the report's pages, wherever it starts on a page and however long it is: no row is lost, split
 * or printed twice; a table shorter than a page is on one page; a longer one has at least two rows under its
 * header on every page, so no page holds a header over a single row. Tables of N rows are placed after a block
 * of text of every height from nothing to most of a page, in steps of about one row.
 */
class ReportPagesTest {

    private static final Pattern ROW = Pattern.compile("row (\\d+) of (\\d+)");

    @ParameterizedTest(name = "{0} rows, each {1} lines tall")
    @CsvSource({
        "1, 1",    // a table of one row: that row is the whole table
        "2, 1",
        "3, 2",    // too few rows to bind both ends of a table longer than a page: it still never splits a row
        "5, 1",
        "20, 1",
        "40, 1",   // about one page
        "41, 1",
        "43, 1",
        "60, 1",
        "79, 1",   // about two pages
        "80, 1",
        "81, 1",
        "82, 1",
        "30, 3",   // taller rows, about three pages
        "300, 1",  // many pages
    })
    void noTableIsBrokenMidRowOrLeavesOneRowAloneUnderItsHeader(int rows, int linesPerRow) throws Exception {
        for (int before = 0; before <= 700; before += 17) {
            List<List<Integer>> pages = rowsByPage(before, rows, linesPerRow);
            List<Integer> all = pages.stream().flatMap(List::stream).toList();
            String where = rows + " rows after " + before + " points of text: rows by page " + pages;
            assertThat(all).as(where + ": every row once, in order")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows).boxed().toList());
            List<List<Integer>> holding = pages.stream().filter(p -> !p.isEmpty()).toList();
            if (rows == 1) {
                continue;
            }
            if (tableHeight(rows, linesPerRow) <= pageHeight()) {
                assertThat(holding).as(where + ": a table shorter than a page is on one page").hasSize(1);
            } else if (rows >= ReportPages.ROWS_TO_BIND_BOTH_ENDS) {
                for (List<Integer> page : holding) {
                    assertThat(page).as(where + ": no page holds a single row of the table").hasSizeGreaterThan(1);
                }
            }
        }
    }

    /**
     * A flowing table (a page's main table: page 1's summary, the data-quality table, England's figures for parts of
     * measures) starts under whatever is above it when its header and first two rows fit there, instead of moving
     * whole to the next page; wherever it breaks, no page holds one of its rows alone.
     */
    @ParameterizedTest(name = "flowing, {0} rows, each {1} lines tall")
    @CsvSource({
        "4, 1",    // the fewest rows whose two ends are bound
        "5, 1",
        "14, 3",   // like England's figures for parts of measures: fits a page alone, not under its introduction
        "20, 1",
        "43, 1",
        "81, 1",
        "30, 3",
    })
    void aFlowingTableStartsWhereItIsPutAndLeavesNoRowAlone(int rows, int linesPerRow) throws Exception {
        float headerAndTwoRows = tableHeight(2, linesPerRow);
        for (int before = 0; before <= 700; before += 17) {
            List<List<Integer>> pages = rowsByPage(before, rows, linesPerRow, true);
            List<Integer> all = pages.stream().flatMap(List::stream).toList();
            String where = rows + " rows after " + before + " points of text: rows by page " + pages;
            assertThat(all).as(where + ": every row once, in order")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows).boxed().toList());
            for (List<Integer> page : pages.stream().filter(p -> !p.isEmpty()).toList()) {
                assertThat(page).as(where + ": no page holds a single row of the table").hasSizeGreaterThan(1);
            }
            // a paragraph's leading and the page's own margins take a few points more than the block's height
            if (before + headerAndTwoRows + 20f < pageHeight()) {
                assertThat(pages.get(0)).as(where + ": the table starts on the page it was put on").isNotEmpty();
            }
        }
    }

    private static List<List<Integer>> rowsByPage(float before, int rows, int linesPerRow) throws Exception {
        return rowsByPage(before, rows, linesPerRow, false);
    }

    /** The row numbers each page holds, the text before the table being {@code before} points tall. */
    private static List<List<Integer>> rowsByPage(float before, int rows, int linesPerRow, boolean flowing)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new ReportPages(PageSize.A4, PdfReportWriter.MARGIN, PdfReportWriter.MARGIN,
                PdfReportWriter.TOP_MARGIN, PdfReportWriter.BOTTOM_MARGIN);
        PdfWriter.getInstance(document, out);
        document.open();
        // lines of 17 points (one paragraph of a huge leading goes to the next page whole above about 250 points)
        for (float placed = 0; placed + 17f <= before; placed += 17f) {
            Paragraph line = new Paragraph(" ");
            line.setLeading(17f);
            document.add(line);
        }
        document.add(flowing ? flowingTable(rows, linesPerRow) : table(rows, linesPerRow));
        document.close();
        List<List<Integer>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                List<Integer> held = new ArrayList<>();
                Matcher m = ROW.matcher(text);
                while (m.find()) {
                    held.add(Integer.parseInt(m.group(1)));
                }
                if (!held.isEmpty()) {
                    assertThat(text).as("page " + page + " repeats the header above its rows").contains("Header");
                }
                pages.add(held);
            }
        }
        return pages;
    }

    private static PdfPTable table(int rows, int linesPerRow) {
        return filled(new PdfPTable(new float[] {30f, 70f}), rows, linesPerRow);
    }

    private static PdfPTable flowingTable(int rows, int linesPerRow) {
        return filled(new ReportPages.FlowingTable(30f, 70f), rows, linesPerRow);
    }

    private static PdfPTable filled(PdfPTable table, int rows, int linesPerRow) {
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        table.setHeaderRows(1);
        table.addCell(new PdfPCell(new Phrase("Header")));
        table.addCell(new PdfPCell(new Phrase("Value")));
        for (int r = 1; r <= rows; r++) {
            table.addCell(new PdfPCell(new Phrase("row " + r + " of " + rows)));
            table.addCell(new PdfPCell(new Phrase("line\n".repeat(linesPerRow - 1) + "line")));
        }
        return table;
    }

    private static float tableHeight(int rows, int linesPerRow) {
        PdfPTable table = table(rows, linesPerRow);
        table.setTotalWidth(PageSize.A4.getWidth() - 2 * PdfReportWriter.MARGIN);
        return table.getTotalHeight() + table.spacingBefore() + table.spacingAfter();
    }

    private static float pageHeight() {
        return PageSize.A4.getHeight() - PdfReportWriter.TOP_MARGIN - PdfReportWriter.BOTTOM_MARGIN;
    }
}
