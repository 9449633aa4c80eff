package uk.chatbatch.indicators;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;
import static uk.chatbatch.ssda903.Ssda903Field.DECOM;
import static uk.chatbatch.ssda903.Ssda903Field.HOME_POST;
import static uk.chatbatch.ssda903.Ssda903Field.LS;
import static uk.chatbatch.ssda903.Ssda903Field.PLACE;
import static uk.chatbatch.ssda903.Ssda903Field.PL_POST;
import static uk.chatbatch.ssda903.Ssda903Field.REC;
import static uk.chatbatch.ssda903.Ssda903Field.RNE;
import static uk.chatbatch.ssda903.Ssda903Field.URN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.returns.ReturnsData;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** Small helpers so SSDA903 indicator tests read as tables of rows. */
public final class Ssda903Testing {

    private Ssda903Testing() {
    }

    /** A row of the table from a file that named no collection year, as if read from its row 2. */
    public static TableRecord.Builder row(Ssda903Table table) {
        return TableRecord.builder(table,
                new Origin(table.title().toLowerCase() + ".csv", 2, Optional.empty()));
    }

    /** A row of the table from the collection year starting in April of the given year. */
    public static TableRecord.Builder row(Ssda903Table table, int startYear) {
        return TableRecord.builder(table, new Origin(startYear + "/" + table.title().toLowerCase() + ".csv",
                2, Optional.of(CollectionYear.startingIn(startYear))));
    }

    /**
     * Episodes from a text table, one per line: CHILD | DECOM | RNE | LS | PLACE | DEC | REC, then optionally
     * PL_POST | URN | HOME_POST | collection year (its start year). Blank cells are empty values; lines starting
     * with # are comments, and anything after a second # on a line is a note.
     */
    public static List<TableRecord> episodes(String table) {
        List<TableRecord> rows = new ArrayList<>();
        for (String line : table.lines().toList()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int note = text.indexOf('#');
            if (note >= 0) {
                text = text.substring(0, note);
            }
            String[] cells = text.split("\\|", -1);
            String year = cell(cells, 10);
            TableRecord.Builder b = year == null ? row(Ssda903Table.EPISODES)
                    : row(Ssda903Table.EPISODES, Integer.parseInt(year));
            b.set(Ssda903Field.CHILD, cell(cells, 0)).set(DECOM, date(cell(cells, 1))).set(RNE, cell(cells, 2))
                    .set(LS, cell(cells, 3)).set(PLACE, cell(cells, 4)).set(DEC, date(cell(cells, 5)))
                    .set(REC, cell(cells, 6)).set(PL_POST, cell(cells, 7)).set(URN, cell(cells, 8))
                    .set(HOME_POST, cell(cells, 9));
            rows.add(b.build());
        }
        return rows;
    }

    /** Missing table rows from a text table, one per line: CHILD | MISSING | MIS_START | MIS_END. */
    public static List<TableRecord> missing(String table) {
        List<TableRecord> rows = new ArrayList<>();
        for (String line : table.lines().toList()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int note = text.indexOf('#');
            String[] cells = (note >= 0 ? text.substring(0, note) : text).split("\\|", -1);
            rows.add(row(Ssda903Table.MISSING).set(Ssda903Field.CHILD, cell(cells, 0))
                    .set(Ssda903Field.MISSING, cell(cells, 1)).set(Ssda903Field.MIS_START, date(cell(cells, 2)))
                    .set(Ssda903Field.MIS_END, date(cell(cells, 3))).build());
        }
        return rows;
    }

    /**
     * An OC2 row of the collection year starting in April of {@code startYear} (null: a file that named no year),
     * with a date of birth and the given field values.
     */
    public static TableRecord oc2(String child, Integer startYear, LocalDate born, Object... fieldsAndValues) {
        TableRecord.Builder b = startYear == null ? row(Ssda903Table.OC2) : row(Ssda903Table.OC2, startYear);
        b.set(Ssda903Field.CHILD, child).set(Ssda903Field.DOB, born);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            b.set((Ssda903Field) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return b.build();
    }

    /** An OC3 row of the collection year starting in April of {@code startYear}. */
    public static TableRecord oc3(String child, int startYear, LocalDate born, String inTouch, String activity,
                             String accommodation) {
        return row(Ssda903Table.OC3, startYear).set(Ssda903Field.CHILD, child).set(Ssda903Field.DOB, born)
                .set(Ssda903Field.IN_TOUCH, inTouch).set(Ssda903Field.ACTIV, activity)
                .set(Ssda903Field.ACCOM, accommodation).build();
    }

    /** Data in which only the SSDA903 return was supplied, holding these rows (each in its own table). */
    @SafeVarargs
    public static InputData returnHolding(List<TableRecord>... tables) {
        Map<Ssda903Table, List<TableRecord>> byTable = new EnumMap<>(Ssda903Table.class);
        for (List<TableRecord> rows : tables) {
            for (TableRecord row : rows) {
                byTable.computeIfAbsent((Ssda903Table) row.table(), t -> new ArrayList<>()).add(row);
            }
        }
        return InputData.empty().with(new ReturnsData(true, byTable, false, Map.of()));
    }

    public static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String cell(String[] cells, int i) {
        if (i >= cells.length) {
            return null;
        }
        String v = cells[i].strip();
        return v.isEmpty() ? null : v;
    }
}
