package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Severity;

/**
 * Issues counted by list and by issue code, with what each code means. Two tables rather than one
 * row per list and code: with real extracts the product of the two runs to pages, and the meaning
 * of a code would repeat on every list. Counts only: the row-level detail (file, sheet, row,
 * column) is in the issues dataset, so no child's details are printed.
 */
final class DataQualityPage implements ReportSection {

    static final String NO_LIST = "Sheets matching no list";
    static final String KEY = "data-quality";
    static final String TITLE = "Data quality";
    /** Beyond this many row ranges per line the locations are cut short, with a count of the rest. */
    static final int RANGES_SHOWN = 40;

    private final ReportInput input;
    private final ReportStyle style;
    private final SectionMarks marks;
    private final NotDrawn notDrawn;

    DataQualityPage(ReportInput input, ReportStyle style, SectionMarks marks) {
        this(input, style, marks, new NotDrawn());
    }

    /** @param notDrawn the parts of the report drawn before this page that could not be drawn, listed here */
    DataQualityPage(ReportInput input, ReportStyle style, SectionMarks marks, NotDrawn notDrawn) {
        this.input = input;
        this.style = style;
        this.marks = marks;
        this.notDrawn = notDrawn;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        List<NotDrawn.Part> faults = notDrawn.parts();
        if (!faults.isEmpty()) {
            document.add(style.subheading("Parts of this report that could not be drawn"));
            document.add(style.paragraph("Each is marked \"" + NotDrawn.PREFIX + "\" in its place; the rest of the"
                    + " report is complete. Please report them with the run's log.", style.smallMuted, 0f, 2f));
            for (NotDrawn.Part part : faults) {
                document.add(style.paragraph(part.sentence() + ".", style.body, 0f, 1f));
            }
        }
        document.add(style.body(summary()));
        document.add(style.paragraph(DataQualityCounts.DEFINITION, style.small, 0f, 4f));
        document.add(style.subheading("Input files"));
        document.add(inputTable());
        List<Row> rows = rows(input.issues());
        if (rows.isEmpty()) {
            return;
        }
        document.add(style.subheading("Issues by list"));
        document.add(byList(rows));
        document.add(style.subheading("Issues by type"));
        document.add(byCode(rows));
        if (input.variant().isInternal()) {
            document.add(style.subheading("Where to fix them"));
            document.add(style.paragraph("The rows of each list, as Excel numbers them, with each kind of issue in each"
                    + " column. Row 0 is a problem with the whole sheet. The issues dataset has every issue with its"
                    + " message. Internal version only.", style.smallMuted, 0f, 2f));
            document.add(locations());
        } else {
            document.add(style.paragraph("Counts only: the rows each issue is on are in the internal version and the"
                    + " issues dataset. Issue counts are counts of cells and rows, not of children, and are not"
                    + " withheld.", style.smallMuted, 0f, 0f));
        }
    }

    private com.lowagie.text.Element inputTable() {
        if (input.ingest().isEmpty()) {
            return style.body("No input files were read.");
        }
        PdfPTable table = style.table(16f, 12f, 15f, 10f, 10f, 15f, 12f, 10f);  // numbers up to 999,999 on one line
        table.addCell(style.header("File"));
        table.addCell(style.header("Sheet"));
        table.addCell(style.header("List"));
        table.addCell(style.header("Rows read", Element.ALIGN_RIGHT));
        table.addCell(style.header("Clean", Element.ALIGN_RIGHT));
        table.addCell(style.header("Quarantined", Element.ALIGN_RIGHT));
        table.addCell(style.header("Rows with issues", Element.ALIGN_RIGHT));
        table.addCell(style.header("Issues", Element.ALIGN_RIGHT));
        long read = 0;
        long clean = 0;
        long quarantined = 0;
        long rowsWithIssues = 0;
        long issues = 0;
        Map<String, long[]> byFile = DataQualityCounts.byFileAndSheet(input.issues());
        for (IngestSummary s : input.ingest()) {
            table.addCell(style.text(s.file()));
            table.addCell(style.text(s.sheet()));
            String list = s.label();
            boolean skipped = !IngestSummary.READ.equals(s.status());
            table.addCell(style.text(skipped ? list + " — " + s.status() : list));
            table.addCell(style.number(Formats.count(s.rowsRead())));
            table.addCell(style.number(Formats.count(s.rowsClean())));
            table.addCell(style.number(Formats.count(s.rowsQuarantined())));
            long[] found = byFile.remove(DataQualityCounts.fileKey(s.file(), s.sheet()));
            long rows = found == null ? 0 : found[0];
            long n = found == null ? 0 : found[1];
            table.addCell(style.number(Formats.count(rows)));
            table.addCell(style.number(Formats.count(n)));
            read += s.rowsRead();
            clean += s.rowsClean();
            quarantined += s.rowsQuarantined();
            rowsWithIssues += rows;
            issues += n;
        }
        long otherRows = byFile.values().stream().mapToLong(f -> f[0]).sum();
        long otherIssues = byFile.values().stream().mapToLong(f -> f[1]).sum();
        if (otherIssues > 0) {
            PdfPCell other = style.text("Files or sheets not read as a list (unrecognised, or about the whole input)",
                    style.cellMuted);
            other.setColspan(6);
            table.addCell(other);
            table.addCell(style.number(Formats.count(otherRows)));
            table.addCell(style.number(Formats.count(otherIssues)));
        }
        PdfPCell total = style.text("Total", style.cellBold);
        total.setColspan(3);
        table.addCell(total);
        table.addCell(style.number(Formats.count(read), style.cellBold));
        table.addCell(style.number(Formats.count(clean), style.cellBold));
        table.addCell(style.number(Formats.count(quarantined), style.cellBold));
        table.addCell(style.number(Formats.count(rowsWithIssues + otherRows), style.cellBold));
        table.addCell(style.number(Formats.count(issues + otherIssues), style.cellBold));
        return table;
    }

    /** One row per list, issue and column: the Excel rows, as ranges ("10–12, 57"). */
    private PdfPTable locations() {
        Map<String, java.util.TreeSet<Integer>> rows = new TreeMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        List<Issue> sorted = new ArrayList<>(input.issues());
        sorted.sort(Comparator.comparingInt((Issue i) -> listOrder(listOf(i))).thenComparing(Issue::code)
                .thenComparing(i -> i.column() == null ? "" : i.column()));
        for (Issue issue : sorted) {
            String key = String.format("%04d|%s|%s|%s|%s", listOrder(listOf(issue)), issue.code(), issue.column(),
                    issue.file(), issue.sheet());
            rows.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(issue.row());
            labels.putIfAbsent(key, new String[] {shortLabel(listOf(issue)) + (issue.sheet().isBlank() ? ""
                    : " [" + issue.sheet() + "]"), name(issue.code()), issue.column() == null ? "" : issue.column()});
        }
        PdfPTable table = style.table(18f, 18f, 20f, 44f);
        table.addCell(style.header("List [sheet]"));
        table.addCell(style.header("Issue"));
        table.addCell(style.header("Column"));
        table.addCell(style.header("Excel rows"));
        int i = 0;
        for (Map.Entry<String, java.util.TreeSet<Integer>> e : rows.entrySet()) {
            String[] l = labels.get(e.getKey());
            List<PdfPCell> cells = List.of(style.text(l[0], style.cellSmall), style.text(l[1], style.cellSmall),
                    style.text(l[2], style.cellSmall), style.text(ranges(e.getValue()), style.cellSmall));
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(i));
                table.addCell(c);
            }
            i++;
        }
        return table;
    }

    /** "2–4, 9, 12–15", at most {@value #RANGES_SHOWN} ranges, then "and 120 more rows". */
    static String ranges(java.util.SortedSet<Integer> rows) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        int shownRows = 0;
        for (int row : rows) {
            if (start != null && row == previous + 1) {
                previous = row;
                continue;
            }
            if (start != null) {
                if (parts.size() == RANGES_SHOWN) {
                    break;
                }
                parts.add(start.equals(previous) ? String.valueOf(start) : start + "–" + previous);
                shownRows += previous - start + 1;
            }
            start = row;
            previous = row;
        }
        if (start != null && parts.size() < RANGES_SHOWN) {
            parts.add(start.equals(previous) ? String.valueOf(start) : start + "–" + previous);
            shownRows += previous - start + 1;
        }
        int rest = rows.size() - shownRows;
        return String.join(", ", parts) + (rest > 0 ? " and " + Formats.plural(rest, "more row", "more rows") : "");
    }

    private PdfPTable byList(List<Row> rows) {
        Map<String, Map<Severity, Long>> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            counts.computeIfAbsent(row.list(), k -> zeroes()).merge(row.code().severity(), row.count(), Long::sum);
        }
        PdfPTable table = style.table(40f, 15f, 15f, 15f, 15f);
        table.addCell(style.header("List"));
        table.addCell(style.header("Fatal", Element.ALIGN_RIGHT));
        table.addCell(style.header("Errors", Element.ALIGN_RIGHT));
        table.addCell(style.header("Warnings", Element.ALIGN_RIGHT));
        table.addCell(style.header("All issues", Element.ALIGN_RIGHT));
        Map<Severity, Long> totals = zeroes();
        int i = 0;
        for (Map.Entry<String, Map<Severity, Long>> e : counts.entrySet()) {
            List<PdfPCell> cells = new ArrayList<>();
            cells.add(style.text(e.getKey()));
            long all = 0;
            for (Severity s : Severity.values()) {
                long n = e.getValue().get(s);
                cells.add(style.number(Formats.count(n)));
                totals.merge(s, n, Long::sum);
                all += n;
            }
            cells.add(style.number(Formats.count(all), style.cellBold));
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(i));
                table.addCell(c);
            }
            i++;
        }
        table.addCell(style.text("Total", style.cellBold));
        for (Severity s : Severity.values()) {
            table.addCell(style.number(Formats.count(totals.get(s)), style.cellBold));
        }
        table.addCell(style.number(Formats.count(input.issues().size()), style.cellBold));
        return table;
    }

    private PdfPTable byCode(List<Row> rows) {
        Map<IssueCode, List<Row>> byCode = new EnumMap<>(IssueCode.class);
        for (Row row : rows) {
            byCode.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row);
        }
        List<Map.Entry<IssueCode, List<Row>>> ordered = new ArrayList<>(byCode.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<IssueCode, List<Row>> e) -> e.getKey().severity())
                .thenComparing(e -> total(e.getValue()), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        PdfPTable table = style.table(18f, 11f, 8f, 24f, 39f);
        table.addCell(style.header("Issue"));
        table.addCell(style.header("Severity"));
        table.addCell(style.header("Count", Element.ALIGN_RIGHT));
        table.addCell(style.header("Where"));
        table.addCell(style.header("What it means"));
        int i = 0;
        for (Map.Entry<IssueCode, List<Row>> e : ordered) {
            IssueCode code = e.getKey();
            List<PdfPCell> cells = List.of(style.text(name(code)),
                    style.text(code.severity().column(), code.severity() == Severity.WARNING ? style.cell : style.cellBold),
                    style.number(Formats.count(total(e.getValue()))), style.text(where(e.getValue()), style.cellSmall),
                    style.text(code.meaning()));
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(i));
                table.addCell(c);
            }
            i++;
        }
        return table;
    }

    /** "List 1: 3; List 3: 12; no list: 1". */
    private static String where(List<Row> rows) {
        List<String> parts = new ArrayList<>();
        for (Row row : rows) {
            String list = NO_LIST.equals(row.list()) ? "no list" : shortLabel(row.list());
            parts.add(list + ": " + Formats.count(row.count()));
        }
        return String.join("; ", parts);
    }

    private static String shortLabel(String label) {
        for (AnnexAList list : AnnexAList.values()) {
            if (list.label().equals(label)) {
                return "List " + list.number();
            }
        }
        return label;
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
        Map<Severity, Long> bySeverity = zeroes();
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

    private static long total(List<Row> rows) {
        return rows.stream().mapToLong(Row::count).sum();
    }

    private static Map<Severity, Long> zeroes() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    static String listOf(Issue issue) {
        return issue.list() == null || issue.list().isBlank() ? NO_LIST : issue.list();
    }

    /** Each list's label and number, worked out once: the sort below asks for them for every pair of issues. */
    private static final Map<String, Integer> LIST_NUMBERS = java.util.Arrays.stream(AnnexAList.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AnnexAList::label, AnnexAList::number));

    static int listOrder(String label) {
        Integer number = LIST_NUMBERS.get(label);
        if (number != null) {
            return number;
        }
        return NO_LIST.equals(label) ? Integer.MAX_VALUE : AnnexAList.values().length + 1;
    }

    record Row(String list, IssueCode code, long count) {
    }
}
