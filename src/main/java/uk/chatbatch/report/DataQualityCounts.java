package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;

/**
 * The one definition of the data-quality figures every table, chart and sentence uses: an issue is one record
 * of the issues dataset; a row with issues is a distinct file, sheet and row that at least one issue is on
 * (issues about a whole sheet, row 0, are issues but not rows); each share is rows with issues over the rows
 * read from the same list.
 */
record DataQualityCounts(List<ListCounts> lists, ListCounts total) {

    static final String DEFINITION = "An issue is one problem found in one cell or row (the issues dataset has one"
            + " record for each); a row with issues is an input row at least one issue is on, however many; the share"
            + " is rows with issues out of the rows read from that list. Problems with a whole sheet count as issues"
            + " but not as rows.";

    DataQualityCounts {
        lists = List.copyOf(lists);
    }

    /** One list's (or return table's) figures; {@code rowsRead} is 0 where nothing was read under its name. */
    record ListCounts(String list, long rowsRead, long rowsQuarantined, long rowsWithIssues, long issues) {

        /** "2.1%", over this list's own rows; a dash when no rows were read under its name. */
        String share() {
            return rowsRead == 0 ? "—" : Formats.percent(100.0 * rowsWithIssues / rowsRead);
        }
    }

    static DataQualityCounts of(List<IngestSummary> ingest, List<Issue> issues) {
        Map<String, long[]> read = new LinkedHashMap<>();
        for (IngestSummary s : ingest) {
            long[] r = read.computeIfAbsent(s.label(), k -> new long[2]);
            r[0] += s.rowsRead();
            r[1] += s.rowsQuarantined();
        }
        Map<String, Set<String>> rows = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Issue issue : issues) {
            String list = DataQualityPage.listOf(issue);
            counts.merge(list, 1L, Long::sum);
            Set<String> onRows = rows.computeIfAbsent(list, k -> new HashSet<>());
            if (issue.row() > 0) {
                onRows.add(fileKey(issue.file(), issue.sheet()) + "\u0000" + issue.row());
            }
        }
        Map<String, Boolean> ordered = new TreeMap<>(java.util.Comparator.comparingInt(DataQualityPage::listOrder)
                .thenComparing(java.util.Comparator.naturalOrder()));
        read.keySet().forEach(k -> ordered.put(k, true));
        counts.keySet().forEach(k -> ordered.put(k, true));
        List<ListCounts> lists = new ArrayList<>();
        long[] total = new long[4];
        for (String list : ordered.keySet()) {
            long[] r = read.getOrDefault(list, new long[2]);
            long withIssues = rows.getOrDefault(list, Set.of()).size();
            long n = counts.getOrDefault(list, 0L);
            lists.add(new ListCounts(list, r[0], r[1], withIssues, n));
            total[0] += r[0];
            total[1] += r[1];
            total[2] += withIssues;
            total[3] += n;
        }
        return new DataQualityCounts(lists, new ListCounts("All lists", total[0], total[1], total[2], total[3]));
    }

    /** Rows with issues and issues by file and sheet ({@link #fileKey}), as the issues dataset records them. */
    static Map<String, long[]> byFileAndSheet(List<Issue> issues) {
        Map<String, Set<Integer>> rows = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Issue issue : issues) {
            String key = fileKey(issue.file(), issue.sheet());
            Set<Integer> onRows = rows.computeIfAbsent(key, k -> new HashSet<>());
            if (issue.row() > 0) {
                onRows.add(issue.row());
            }
            counts.computeIfAbsent(key, k -> new long[2])[1]++;
        }
        counts.forEach((key, c) -> c[0] = rows.get(key).size());
        return counts;
    }

    static String fileKey(String file, String sheet) {
        return file + "\u0000" + (sheet == null ? "" : sheet);
    }

    /** The data-quality indicators, whose rows are a subset of the rows with issues, each over its own base. */
    static final java.util.List<String> INDICATORS = List.of("DQ-01", "DQ-02", "DQ-03");

    /**
     * How the data-quality indicators relate to these figures: each counts one kind of row with issues, over its
     * own base ("DQ-01, rows with at least one validation error: 10 of 1,201 clean rows of the lists supplied
     * (0.8%)"); empty when none was computed.
     */
    static java.util.Optional<String> indicatorsSentence(List<ShownResult> results) {
        List<String> parts = new ArrayList<>();
        for (String id : INDICATORS) {
            results.stream().filter(r -> r.id().equals(id) && r.isComputed() && r.headline().isPresent())
                    .findFirst().ifPresent(r -> {
                        Shown h = r.headline().get();
                        String figure = r.metadata().unit() == uk.chatbatch.indicators.Unit.PERCENT
                                && !h.suppressed() && h.denominator() != null
                                ? Formats.count(h.numerator()) + " of " + Formats.count(h.denominator()) + " "
                                + r.metadata().denominator() + (h.value() == null ? "" : " ("
                                + Formats.percent(h.value()) + ")")
                                : h.suppressed() ? SmallNumbers.SHOWN_AS : Formats.count(h.numerator());
                        parts.add(id + ", " + r.metadata().numerator() + ": " + figure);
                    });
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The data-quality indicators count narrower things, each over its own base, and"
                + " every row they count is one of the rows with issues above: " + String.join("; ", parts) + ".");
    }

    /** "Of 7,120 rows read, 151 (2.1%) have at least one issue, with 190 issues in all." */
    String sentence() {
        if (total.issues() == 0) {
            return "Of " + Formats.plural(total.rowsRead(), "row", "rows") + " read, none has an issue.";
        }
        return "Of " + Formats.plural(total.rowsRead(), "row", "rows") + " read, " + Formats.count(total.rowsWithIssues())
                + " (" + total.share() + ") " + (total.rowsWithIssues() == 1 ? "has" : "have") + " at least one issue, "
                + "with " + Formats.plural(total.issues(), "issue", "issues") + " in all; "
                + Formats.count(total.rowsQuarantined()) + " rows were quarantined (left out of every figure).";
    }
}
