package uk.chatbatch.ssda903;

import static uk.chatbatch.ssda903.Ssda903Field.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.model.table.FieldColumns;
import uk.chatbatch.model.table.SourceTable;
import uk.chatbatch.model.table.YearRange;

/**
 * The SSDA903 tables (../shared/reference/ssda903.md section 2): their columns in CSV order, which
 * may be blank, the child identifier, the table's own key date, and which row wins when the same
 * record appears in more than one collection year.
 *
 * <p>Ingest policy that follows from this: a row whose CHILD or key date is missing or unusable is
 * quarantined; any other bad cell becomes an issue and is left empty.
 *
 * <p>Precedence (see {@link Precedence}): a record is identified by CHILD plus the key date, if the
 * table has one. For tables that describe the child or an event ({@link Precedence#LATEST_YEAR}),
 * the row from the latest collection year wins and earlier years' rows with the same key are
 * counted as superseded. OC2 and OC3 ({@link Precedence#EACH_YEAR}) are outcomes measured in each
 * year, so every year's row is kept.
 */
public enum Ssda903Table implements SourceTable {
    HEADER("Header", "ssda903_header", null, Precedence.LATEST_YEAR, List.of(),
            c(CHILD, false), c(SEX, false), c(DOB, false), c(ETHNIC, false), c(UPN, false), c(MOTHER, true),
            c(MC_DOB, true)),
    EPISODES("Episodes", "ssda903_episodes", DECOM, Precedence.LATEST_YEAR, List.of(DECOM, DEC),
            c(CHILD, false), c(DECOM, false), c(RNE, false), c(LS, false), c(CIN, false), c(PLACE, false),
            c(PLACE_PROVIDER, true), c(DEC, true), c(REC, true), c(REASON_PLACE_CHANGE, true), c(HOME_POST, true),
            c(PL_POST, true), c(URN, true)),
    REVIEWS("Reviews", "ssda903_reviews", REVIEW, Precedence.LATEST_YEAR, List.of(REVIEW),
            c(CHILD, false), c(DOB, false), c(REVIEW, false), c(REVIEW_CODE, false)),
    UASC("UASC", "ssda903_uasc", null, Precedence.LATEST_YEAR, List.of(),
            c(CHILD, false), c(SEX, false), c(DOB, false), c(DUC, true)),
    OC2("OC2", "ssda903_oc2", null, Precedence.EACH_YEAR, List.of(),
            c(CHILD, false), c(DOB, false), c(SDQ_SCORE, true), c(SDQ_REASON, true), c(CONVICTED, true),
            c(HEALTH_CHECK, true), c(IMMUNISATIONS, true), c(TEETH_CHECK, true), c(HEALTH_ASSESSMENT, true),
            c(SUBSTANCE_MISUSE, true), c(INTERVENTION_RECEIVED, true), c(INTERVENTION_OFFERED, true)),
    OC3("OC3", "ssda903_oc3", null, Precedence.EACH_YEAR, List.of(),
            c(CHILD, false), c(DOB, false), c(IN_TOUCH, false), c(ACTIV, false), c(ACCOM, false)),
    AD1("AD1", "ssda903_ad1", null, Precedence.LATEST_YEAR, List.of(DATE_INT, DATE_MATCH),
            c(CHILD, false), c(DOB, false), c(DATE_INT, false), c(DATE_MATCH, false), c(FOSTER_CARE, false),
            c(NB_ADOPTR, false), c(SEX_ADOPTR, false), c(LS_ADOPTR, false)),
    PLACED_ADOPTION("PlacedAdoption", "ssda903_placed_adoption", DATE_PLACED, Precedence.LATEST_YEAR,
            List.of(DATE_PLACED, DATE_PLACED_CEASED),
            c(CHILD, false), c(DOB, false), c(DATE_PLACED, false), c(DATE_PLACED_CEASED, true),
            c(REASON_PLACED_CEASED, true)),
    PREV_PERM("PrevPerm", "ssda903_prev_perm", null, Precedence.LATEST_YEAR, List.of(),
            c(CHILD, false), c(DOB, false), c(Ssda903Field.PREV_PERM, false), c(LA_PERM, true), c(DATE_PERM, true)),
    MISSING("Missing", "ssda903_missing", MIS_START, Precedence.LATEST_YEAR, List.of(MIS_START, MIS_END),
            c(CHILD, false), c(DOB, false), c(Ssda903Field.MISSING, false), c(MIS_START, false), c(MIS_END, true)),
    /** New from 2023-24; D2I calls it SWEpisodes, liia-tools SocialWorker. */
    SW_EPISODES("SWEpisodes", "ssda903_sw_episodes", SW_DECOM, Precedence.LATEST_YEAR, List.of(SW_DECOM, SW_DEC),
            c(CHILD, false), c(DOB, false), c(SW_ID, false), c(SW_DECOM, false), c(SW_DEC, true),
            c(SW_REASON, true)),
    /** Deprivation of liberty orders, expected from 2026-27. */
    DOLO("DoLo", "ssda903_dolo", DOLO_START, Precedence.LATEST_YEAR, List.of(DOLO_START, DOLO_END),
            c(CHILD, false), c(DOB, false), c(DOLO_START, false), c(DOLO_END, true));

    /** Which row wins when a record appears in more than one collection year. */
    public enum Precedence {
        /** The row from the latest collection year wins; earlier rows with the same key are superseded. */
        LATEST_YEAR,
        /** A record of one year: the collection year is part of the key and nothing is superseded. */
        EACH_YEAR
    }

    private final String title;
    private final String dataset;
    private final Ssda903Field keyDate;
    private final Precedence precedence;
    private final List<Ssda903Field> eventDates;
    private final List<Column> columns;
    private final List<Ssda903Field> fields;
    private final FieldColumns fieldColumns;

    Ssda903Table(String title, String dataset, Ssda903Field keyDate, Precedence precedence,
                 List<Ssda903Field> eventDates, Column... columns) {
        this.title = title;
        this.dataset = dataset;
        this.keyDate = keyDate;
        this.precedence = precedence;
        this.eventDates = eventDates;
        this.columns = List.of(columns);
        this.fields = this.columns.stream().map(Column::field).toList();
        this.fieldColumns = new FieldColumns(fields);
    }

    /** The table's name as DfE and D2I write it: "Episodes", "PrevPerm". */
    public String title() {
        return title;
    }

    /** "SSDA903 Episodes", as quarantine names a table. */
    @Override
    public String label() {
        return "SSDA903 " + title;
    }

    @Override
    public Source source() {
        return Source.SSDA903;
    }

    /** The Parquet dataset of the table's clean rows. */
    @Override
    public String dataset() {
        return dataset;
    }

    @Override
    public Ssda903Field identifier() {
        return CHILD;
    }

    /** The table's own date, part of the key: DECOM for episodes, REVIEW for reviews. */
    public Optional<Ssda903Field> keyDate() {
        return Optional.ofNullable(keyDate);
    }

    /** Social worker episodes from 2023-24, deprivation of liberty orders from 2026-27. */
    @Override
    public YearRange years() {
        return switch (this) {
            case SW_EPISODES -> YearRange.from(2023);
            case DOLO -> YearRange.from(2026);
            default -> YearRange.ALWAYS;
        };
    }

    public Precedence precedence() {
        return precedence;
    }

    /** The fields that make a record's key within a year: CHILD, then the key date if any. */
    public List<Ssda903Field> keyFields() {
        List<Ssda903Field> key = new ArrayList<>(List.of(CHILD));
        keyDate().ifPresent(key::add);
        return List.copyOf(key);
    }

    /** Dates of events the collection year reports; none may fall after the year ends. */
    public List<Ssda903Field> eventDates() {
        return eventDates;
    }

    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<Ssda903Field> fields() {
        return fields;
    }

    @Override
    public FieldColumns fieldColumns() {
        return fieldColumns;
    }

    /** DfE's field names (CHILD, DECOM...). */
    @Override
    public List<String> headers() {
        return columns.stream().map(c -> c.field().header()).toList();
    }

    /**
     * A column of a table.
     *
     * @param blankAllowed the specification lets the value be blank; otherwise a blank is a warning
     */
    public record Column(Ssda903Field field, boolean blankAllowed) {
    }

    private static Column c(Ssda903Field field, boolean blankAllowed) {
        return new Column(field, blankAllowed);
    }
}
