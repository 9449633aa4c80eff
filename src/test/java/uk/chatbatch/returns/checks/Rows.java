package uk.chatbatch.returns.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.returns.ReturnsData;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** Hand-written return rows for the check tests: a row per call, numbered as a CSV file numbers them. */
final class Rows {

    static final CollectionYear Y2020_21 = CollectionYear.parse("2020-21");
    static final LocalDate PERIOD_END = LocalDate.of(2021, 3, 31);

    private final Map<Ssda903Table, List<TableRecord>> ssda903 = new EnumMap<>(Ssda903Table.class);
    private final Map<CinTable, List<TableRecord>> cin = new EnumMap<>(CinTable.class);
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
        List<TableRecord> rows = ssda903.computeIfAbsent(Ssda903Table.EPISODES, t -> new ArrayList<>());
        rows.add(TableRecord.builder(Ssda903Table.EPISODES,
                        new Origin(year.startYear() + "/episodes.csv", rows.size() + 2, Optional.of(year)))
                .set(Ssda903Field.CHILD, child).set(Ssda903Field.DECOM, d(decom)).set(Ssda903Field.RNE, rne)
                .set(Ssda903Field.LS, ls).set(Ssda903Field.PLACE, "U4")
                .set(Ssda903Field.DEC, dec == null ? null : d(dec)).set(Ssda903Field.REC, rec).build());
        return this;
    }

    /** An OC2 row for the child in the year. */
    Rows oc2(CollectionYear year, String child) {
        List<TableRecord> rows = ssda903.computeIfAbsent(Ssda903Table.OC2, t -> new ArrayList<>());
        rows.add(TableRecord.builder(Ssda903Table.OC2,
                        new Origin(year.startYear() + "/oc2.csv", rows.size() + 2, Optional.of(year)))
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
        cin.computeIfAbsent(table, t -> new ArrayList<>()).add(new TableRecord(table,
                new Origin("cin.xml", line++, Optional.of(CollectionYear.endingIn(2021)),
                        "child 1, " + table.element()), values));
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
