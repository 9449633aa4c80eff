package uk.chatbatch.indicators;

import static uk.chatbatch.cin.CinField.ASSESSMENT_ACTUAL_START_DATE;
import static uk.chatbatch.cin.CinField.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.cin.CinField.ASSESSMENT_FACTORS;
import static uk.chatbatch.cin.CinField.CIN_CLOSURE_DATE;
import static uk.chatbatch.cin.CinField.CIN_DETAILS_SEQ;
import static uk.chatbatch.cin.CinField.CIN_REFERRAL_DATE;
import static uk.chatbatch.cin.CinField.CPP_END_DATE;
import static uk.chatbatch.cin.CinField.CPP_START_DATE;
import static uk.chatbatch.cin.CinField.DATE_OF_INITIAL_CPC;
import static uk.chatbatch.cin.CinField.ICPC_NOT_REQUIRED;
import static uk.chatbatch.cin.CinField.INITIAL_CATEGORY_OF_ABUSE;
import static uk.chatbatch.cin.CinField.LATEST_CATEGORY_OF_ABUSE;
import static uk.chatbatch.cin.CinField.LA_CHILD_ID;
import static uk.chatbatch.cin.CinField.NUMBER_OF_PREVIOUS_CPP;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.cin.CinField.REFERRAL_SOURCE;
import static uk.chatbatch.cin.CinField.S47_ACTUAL_START_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.returns.ReturnsData;

/**
 * CIN census rows for tests, built with the reader's {@link TableRecord} constructor. A row under another
 * (an assessment under an episode, a factor under an assessment) copies its parent's keys and file, as the
 * reader does, so the tests join the way real data does.
 */
public final class CensusRows {

    public static final String FILE = "cin-2025.xml";
    public static final int YEAR = 2025;

    private static final AtomicInteger LINE = new AtomicInteger(1);

    private CensusRows() {
    }

    /** Data in which only the CIN census was supplied, holding these rows. */
    public static InputData census(TableRecord... rows) {
        Map<CinTable, List<TableRecord>> tables = new EnumMap<>(CinTable.class);
        for (TableRecord row : rows) {
            tables.computeIfAbsent((CinTable) row.table(), t -> new ArrayList<>()).add(row);
        }
        return InputData.empty().with(new ReturnsData(false, Map.of(), true, tables));
    }

    public static Row child(String childId) {
        return new Row(CinTable.CHILD, FILE, YEAR).set(LA_CHILD_ID, childId);
    }

    /** A referral that went on to further action, from the default file. */
    public static Row episode(String childId, int seq, LocalDate referral) {
        return new Row(CinTable.EPISODE, FILE, YEAR).set(LA_CHILD_ID, childId).set(CIN_DETAILS_SEQ, seq)
                .set(CIN_REFERRAL_DATE, referral).set(REFERRAL_SOURCE, "6").set(REFERRAL_NFA, false);
    }

    public static TableRecord episode(String childId, int seq, LocalDate referral, LocalDate closure) {
        return episode(childId, seq, referral).set(CIN_CLOSURE_DATE, closure).build();
    }

    public static TableRecord assessment(TableRecord episode, int seq, LocalDate start, LocalDate authorised) {
        return under(episode, CinTable.ASSESSMENT, seq).set(ASSESSMENT_ACTUAL_START_DATE, start)
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).build();
    }

    public static TableRecord factor(TableRecord assessment, String code) {
        return under(assessment, CinTable.ASSESSMENT_FACTOR, 0).set(ASSESSMENT_FACTORS, code).build();
    }

    public static TableRecord section47(TableRecord episode, int seq, LocalDate start, LocalDate conference,
                               Boolean notRequired) {
        return under(episode, CinTable.SECTION_47, seq).set(S47_ACTUAL_START_DATE, start)
                .set(DATE_OF_INITIAL_CPC, conference).set(ICPC_NOT_REQUIRED, notRequired).build();
    }

    public static TableRecord plan(TableRecord episode, int seq, LocalDate start, LocalDate end, Integer previousPlans) {
        return under(episode, CinTable.CP_PLAN, seq).set(CPP_START_DATE, start).set(CPP_END_DATE, end)
                .set(INITIAL_CATEGORY_OF_ABUSE, "NEG").set(LATEST_CATEGORY_OF_ABUSE, "NEG")
                .set(NUMBER_OF_PREVIOUS_CPP, previousPlans).build();
    }

    /** A row of the table under the parent: its inherited columns copied, its position (if it has one) set. */
    public static Row under(TableRecord parent, CinTable table, int position) {
        Row row = new Row(table, parent.source().file(), parent.collectionYear().map(CollectionYear::endYear).orElse(0));
        for (CinTable.Column column : table.columns()) {
            if (column.inherited()) {
                row.set(column.field(), parent.value(column.field()));
            } else if (column.role() == CinTable.Role.POSITION) {
                row.set(column.field(), position);
            }
        }
        return row;
    }

    public static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    public static final class Row {
        private final CinTable table;
        private final Map<CinField, Object> values = new EnumMap<>(CinField.class);
        private String file;
        private int year;

        Row(CinTable table, String file, int year) {
            this.table = table;
            this.file = file;
            this.year = year;
        }

        public Row set(CinField field, Object value) {
            table.indexOf(field);
            values.put(field, value);
            return this;
        }

        /** From another census file (its header's year, 0 for none): positions restart there. */
        public Row from(String otherFile, int otherYear) {
            this.file = otherFile;
            this.year = otherYear;
            return this;
        }

        public TableRecord build() {
            Object[] row = new Object[table.columns().size()];
            values.forEach((field, value) -> row[table.indexOf(field)] = value);
            int line = LINE.getAndIncrement();
            return new TableRecord(table, new Origin(file, line,
                    year == 0 ? Optional.empty() : Optional.of(CollectionYear.endingIn(year)),
                    "child 1, " + table.element() + " " + line), row);
        }
    }
}
