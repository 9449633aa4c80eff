package uk.chatbatch.returns.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinRecord;
import uk.chatbatch.cin.CinSource;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.returns.ReturnsData;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Record;
import uk.chatbatch.ssda903.Ssda903Source;
import uk.chatbatch.ssda903.Ssda903Table;

/** Hand-written return rows for the check tests: a row per call, numbered as a CSV file numbers them. */
final class Rows {

    static final CollectionYear Y2020_21 = CollectionYear.parse("2020-21");
    static final LocalDate PERIOD_END = LocalDate.of(2021, 3, 31);

    private final Map<Ssda903Table, List<Ssda903Record>> ssda903 = new EnumMap<>(Ssda903Table.class);
    private final Map<CinTable, List<CinRecord>> cin = new EnumMap<>(CinTable.class);
    private final Set<CollectionYear> episodeYears = new HashSet<>();
    private int line = 1;

    static LocalDate d(String ddmmyyyy) {
        String[] p = ddmmyyyy.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    /** An Episodes row of 2020-21: CHILD, DECOM, RNE, LS, DEC (or null), REC (or null). */
    Rows episode(String child, String decom, String rne, String ls, String dec, String rec) {
        return episode(Y2020_21, child, decom, rne, ls, dec, rec);
    }

    Rows episode(CollectionYear year, String child, String decom, String rne, String ls, String dec, String rec) {
        episodeYears.add(year);
        List<Ssda903Record> rows = ssda903.computeIfAbsent(Ssda903Table.EPISODES, t -> new ArrayList<>());
        rows.add(Ssda903Record.builder(Ssda903Table.EPISODES,
                        new Ssda903Source(year.startYear() + "/episodes.csv", rows.size() + 2, Optional.of(year)))
                .set(Ssda903Field.CHILD, child).set(Ssda903Field.DECOM, d(decom)).set(Ssda903Field.RNE, rne)
                .set(Ssda903Field.LS, ls).set(Ssda903Field.PLACE, "U4")
                .set(Ssda903Field.DEC, dec == null ? null : d(dec)).set(Ssda903Field.REC, rec).build());
        return this;
    }

    /** An OC2 row for the child in the year. */
    Rows oc2(CollectionYear year, String child) {
        List<Ssda903Record> rows = ssda903.computeIfAbsent(Ssda903Table.OC2, t -> new ArrayList<>());
        rows.add(Ssda903Record.builder(Ssda903Table.OC2,
                        new Ssda903Source(year.startYear() + "/oc2.csv", rows.size() + 2, Optional.of(year)))
                .set(Ssda903Field.CHILD, child).set(Ssda903Field.HEALTH_CHECK, "1").build());
        return this;
    }

    /** A CIN census record of cin.xml: the table, then field and value pairs (the child id is LAchildID). */
    Rows cin(CinTable table, Object... fieldsAndValues) {
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object v = fieldsAndValues[i + 1];
            values[table.indexOf((CinField) fieldsAndValues[i])] = v instanceof String s && s.contains("/") ? d(s) : v;
        }
        cin.computeIfAbsent(table, t -> new ArrayList<>()).add(new CinRecord(table,
                new CinSource("cin.xml", OptionalInt.of(2021), line++, "child 1, " + table.element()), values));
        return this;
    }

    ReturnChecksInput input() {
        return new ReturnChecksInput(new ReturnsData(true, ssda903, true, cin), episodeYears, PERIOD_END);
    }

    /** What the check found, as "row: column value" lines, the row being the CSV row or XML line. */
    static List<String> found(ReturnCheck check, Rows rows) {
        List<Issue> issues = check.find(rows.input());
        issues.forEach(i -> {
            if (i.code() != check.code()) {
                throw new AssertionError(i.code() + " from the check of " + check.code());
            }
        });
        return issues.stream().map(i -> i.file() + " " + i.row() + ": " + i.column() + " " + i.rawValue()).toList();
    }
}
