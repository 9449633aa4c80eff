package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Severity;

/**
 * Issues counted by list and issue code, with what each code means. Counts only: the row-level
 * detail (file, sheet, row, column) is in the issues dataset, so no child's details are printed.
 */
final class DataQualityPage implements ReportSection {

    static final String NO_LIST = "Sheets matching no list";

    private final ReportInput input;
    private final ReportStyle style;

    DataQualityPage(ReportInput input, ReportStyle style) {
        this.input = input;
        this.style = style;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(style.heading("Data quality"));
        document.add(style.body(summary()));
        List<Row> rows = rows(input.issues());
        if (rows.isEmpty()) {
            return;
        }
        PdfPTable table = style.table(19f, 21f, 10f, 8f, 42f);
        table.addCell(style.header("List"));
        table.addCell(style.header("Issue"));
        table.addCell(style.header("Severity"));
        table.addCell(style.header("Count", Element.ALIGN_RIGHT));
        table.addCell(style.header("What it means"));
        int i = 0;
        for (Row row : rows) {
            List<PdfPCell> cells = List.of(style.text(row.list()), style.text(name(row.code())),
                    style.text(row.code().severity().column(),
                            row.code().severity() == Severity.WARNING ? style.cell : style.cellBold),
                    style.number(Formats.count(row.count())), style.text(row.code().meaning()));
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(i));
                table.addCell(c);
            }
            i++;
        }
        document.add(table);
        document.add(style.paragraph("Each issue's file, sheet, row (as Excel numbers it) and column are in the issues"
                + " dataset. This page gives counts only, so no child's details appear in the report.",
                style.smallMuted, 0f, 0f));
    }

    String summary() {
        long read = 0;
        long clean = 0;
        long quarantined = 0;
        for (IngestSummary s : input.ingest()) {
            read += s.rowsRead();
            clean += s.rowsClean();
            quarantined += s.rowsQuarantined();
        }
        Map<Severity, Long> bySeverity = new TreeMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0L);
        }
        for (Issue issue : input.issues()) {
            bySeverity.merge(issue.severity(), 1L, Long::sum);
        }
        long lists = input.issues().stream().map(DataQualityPage::listOf).filter(l -> !NO_LIST.equals(l)).distinct()
                .count();
        long unmatched = input.issues().stream().filter(i -> NO_LIST.equals(listOf(i))).map(Issue::sheet).distinct()
                .count();
        String where = Formats.plural(lists, "list", "lists")
                + (unmatched == 0 ? "" : " and " + Formats.plural(unmatched, "sheet", "sheets") + " matching no list");
        String rowsSentence = Formats.plural(read, "row was", "rows were") + " read from "
                + Formats.plural(input.ingest().size(), "sheet or file", "sheets or files") + ": "
                + Formats.count(clean) + " clean and " + Formats.count(quarantined) + " quarantined.";
        if (input.issues().isEmpty()) {
            return rowsSentence + " No issues were found.";
        }
        return rowsSentence + " " + Formats.plural(input.issues().size(), "issue was", "issues were") + " found in "
                + where + ": " + Formats.count(bySeverity.get(Severity.FATAL))
                + " fatal, " + Formats.count(bySeverity.get(Severity.ERROR)) + " "
                + (bySeverity.get(Severity.ERROR) == 1 ? "error" : "errors") + " and "
                + Formats.plural(bySeverity.get(Severity.WARNING), "warning", "warnings") + ".";
    }

    /** Issues counted by list (in list order, sheets matching no list last) and code (worst first, then most). */
    static List<Row> rows(List<Issue> issues) {
        Map<String, Map<IssueCode, Long>> counts = new TreeMap<>(Comparator.comparingInt(DataQualityPage::listOrder)
                .thenComparing(Comparator.naturalOrder()));
        for (Issue issue : issues) {
            counts.computeIfAbsent(listOf(issue), k -> new TreeMap<>()).merge(issue.code(), 1L, Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((list, byCode) -> {
            List<Row> forList = new ArrayList<>();
            byCode.forEach((code, n) -> forList.add(new Row(list, code, n)));
            forList.sort(Comparator.comparing((Row r) -> r.code().severity()).thenComparing(Row::count,
                    Comparator.reverseOrder()).thenComparing(Row::code));
            rows.addAll(forList);
        });
        return rows;
    }

    /** "missing required column": the issues dataset's code with spaces, so the two are easy to match. */
    static String name(IssueCode code) {
        return code.column().replace('_', ' ');
    }

    private static String listOf(Issue issue) {
        return issue.list() == null || issue.list().isBlank() ? NO_LIST : issue.list();
    }

    private static int listOrder(String label) {
        for (AnnexAList list : AnnexAList.values()) {
            if (list.label().equals(label)) {
                return list.number();
            }
        }
        return NO_LIST.equals(label) ? Integer.MAX_VALUE : AnnexAList.values().length + 1;
    }

    record Row(String list, IssueCode code, long count) {
    }
}
