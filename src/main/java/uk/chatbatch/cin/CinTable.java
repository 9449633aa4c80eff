package uk.chatbatch.cin;

import static uk.chatbatch.cin.CinField.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.chatbatch.model.table.Field;
import uk.chatbatch.model.table.FieldColumns;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.model.table.SourceTable;

/**
 * The flat tables the CIN census is read into, one row per occurrence of a repeated element
 * (../shared/reference/cin-census.md sections 2 and 6). The XML has no identifiers below the child,
 * so every row carries the child's LAchildID and its ancestors' keys: the position of each ancestor
 * group within its parent (cin_details_seq, assessment_seq, cpp_seq: 1-based, as the DfE validator
 * numbers them) and the ancestor's own key date (the episode's CINreferralDate, the assessment's start,
 * the plan's start). Join on LAchildID and the positions; the dates are there to read.
 *
 * <p>Policy: a record whose child identifier or own key (the episode's CINreferralDate, an
 * assessment's start, the disability or factor code itself, ...) is missing or unusable is
 * quarantined, and so is everything under it, which could not be joined; any other bad value is an
 * issue, the value is left empty and the record stays. Columns marked required are [1] in the
 * schema: when absent or empty the record stays and a warning says so.
 */
public enum CinTable implements SourceTable {
    CHILD("child", "CIN children", "Child", null, LA_CHILD_ID,
            List.of(key(LA_CHILD_ID), c(UPN), c(FORMER_UPN), c(UPN_UNKNOWN), c(PERSON_BIRTH_DATE),
                    c(EXPECTED_PERSON_BIRTH_DATE), c(SEX), c(GENDER_CURRENT), c(PERSON_DEATH_DATE), req(ETHNICITY))),
    DISABILITY("disability", "CIN disabilities", "Disability", CHILD, CinField.DISABILITY,
            List.of(inherited(LA_CHILD_ID), key(CinField.DISABILITY))),
    EPISODE("episode", "CIN episodes", "CINdetails", CHILD, CIN_REFERRAL_DATE,
            List.of(inherited(LA_CHILD_ID), pos(CIN_DETAILS_SEQ), key(CIN_REFERRAL_DATE), req(REFERRAL_SOURCE),
                    c(PRIMARY_NEED_CODE), c(CIN_CLOSURE_DATE), c(REASON_FOR_CLOSURE), c(DATE_OF_INITIAL_CPC),
                    req(REFERRAL_NFA))),
    ASSESSMENT("assessment", "CIN assessments", "Assessments", EPISODE, ASSESSMENT_ACTUAL_START_DATE,
            underEpisode(pos(ASSESSMENT_SEQ), key(ASSESSMENT_ACTUAL_START_DATE), c(ASSESSMENT_INTERNAL_REVIEW_DATE),
                    c(ASSESSMENT_AUTHORISATION_DATE))),
    ASSESSMENT_FACTOR("assessment_factor", "CIN assessment factors", "AssessmentFactors", ASSESSMENT,
            ASSESSMENT_FACTORS,
            underEpisode(inherited(ASSESSMENT_SEQ), inherited(ASSESSMENT_ACTUAL_START_DATE), key(ASSESSMENT_FACTORS))),
    PLAN("plan", "CIN plans", "CINPlanDates", EPISODE, CIN_PLAN_START_DATE,
            underEpisode(pos(CIN_PLAN_SEQ), key(CIN_PLAN_START_DATE), c(CIN_PLAN_END_DATE))),
    SECTION_47("section47", "CIN section 47 enquiries", "Section47", EPISODE, S47_ACTUAL_START_DATE,
            underEpisode(pos(SECTION47_SEQ), key(S47_ACTUAL_START_DATE), c(INITIAL_CPC_TARGET), c(DATE_OF_INITIAL_CPC),
                    req(ICPC_NOT_REQUIRED))),
    CP_PLAN("cp_plan", "CIN child protection plans", "ChildProtectionPlans", EPISODE, CPP_START_DATE,
            underEpisode(pos(CPP_SEQ), key(CPP_START_DATE), c(CPP_END_DATE), req(INITIAL_CATEGORY_OF_ABUSE),
                    req(LATEST_CATEGORY_OF_ABUSE), req(NUMBER_OF_PREVIOUS_CPP))),
    CP_REVIEW("cp_review", "CIN child protection reviews", "CPPreviewDate", CP_PLAN, CPP_REVIEW_DATE,
            underEpisode(inherited(CPP_SEQ), inherited(CPP_START_DATE), key(CPP_REVIEW_DATE)));

    private final String tableName;
    private final String label;
    private final String element;
    private final CinTable parent;
    private final CinField key;
    private final List<Column> columns;
    private final List<CinField> fields;
    private final FieldColumns fieldColumns;

    CinTable(String tableName, String label, String element, CinTable parent, CinField key, List<Column> columns) {
        this.tableName = tableName;
        this.label = label;
        this.element = element;
        this.parent = parent;
        this.key = key;
        this.columns = List.copyOf(columns);
        this.fields = columns.stream().map(Column::field).toList();
        this.fieldColumns = new FieldColumns(fields);
    }

    /** The table's short name: child, episode, cp_review, ... */
    public String tableName() {
        return tableName;
    }

    @Override
    public Source source() {
        return Source.CIN_CENSUS;
    }

    /** The Parquet dataset of the table's clean rows: {@code cin_<table>}. */
    @Override
    public String dataset() {
        return "cin_" + tableName;
    }

    /** How issues and the report name the table ("CIN episodes"). */
    @Override
    public String label() {
        return label;
    }

    /** One row, in words: "CIN episode", "child protection review". */
    public String recordName() {
        switch (this) {
            case CHILD: return "child";
            case DISABILITY: return "disability";
            case EPISODE: return "CIN episode";
            case ASSESSMENT: return "assessment";
            case ASSESSMENT_FACTOR: return "assessment factor";
            case PLAN: return "CIN plan";
            case SECTION_47: return "section 47 enquiry";
            case CP_PLAN: return "child protection plan";
            case CP_REVIEW: return "child protection review";
            default: throw new IllegalStateException(name());
        }
    }

    /** The role of a field in this table. */
    public Role roleOf(Field field) {
        return columns.get(indexOf(field)).role();
    }

    /** The census element one row comes from. */
    public String element() {
        return element;
    }

    /** The table whose row this one belongs to, or null for {@link #CHILD}. */
    public CinTable parent() {
        return parent;
    }

    /** Whether rows of another table belong to rows of this one, and go to quarantine with them. */
    public boolean hasChildTables() {
        for (CinTable table : values()) {
            if (table.parent == this) {
                return true;
            }
        }
        return false;
    }

    /** The record's own key: without a usable value here the record is quarantined. */
    public CinField key() {
        return key;
    }

    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<CinField> fields() {
        return fields;
    }

    @Override
    public FieldColumns fieldColumns() {
        return fieldColumns;
    }

    /** The columns' snake_case names. */
    @Override
    public List<String> headers() {
        return fields.stream().map(CinField::column).toList();
    }

    @Override
    public CinField identifier() {
        return LA_CHILD_ID;
    }

    /**
     * A column of a table.
     *
     * @param role where the value comes from and what a missing one means
     */
    public record Column(CinField field, Role role) {

        public boolean inherited() {
            return role == Role.INHERITED;
        }
    }

    public enum Role {
        /** The record's own key: missing or unusable sends the record to quarantine. */
        KEY,
        /** [1] in the schema: missing is a warning, the record stays. */
        REQUIRED,
        /** [0..1] in the schema. */
        OPTIONAL,
        /** Copied from the parent record so the tables join. */
        INHERITED,
        /** The group's 1-based position within its parent, assigned by the reader. */
        POSITION
    }

    private static Column key(CinField field) {
        return new Column(field, Role.KEY);
    }

    private static Column req(CinField field) {
        return new Column(field, Role.REQUIRED);
    }

    private static Column c(CinField field) {
        return new Column(field, Role.OPTIONAL);
    }

    private static Column pos(CinField field) {
        return new Column(field, Role.POSITION);
    }

    private static Column inherited(CinField field) {
        return new Column(field, Role.INHERITED);
    }

    /** The child identifier and the episode's keys, then the table's own columns. */
    private static List<Column> underEpisode(Column... own) {
        List<Column> all = new ArrayList<>(List.of(inherited(LA_CHILD_ID), inherited(CIN_DETAILS_SEQ),
                inherited(CIN_REFERRAL_DATE)));
        Collections.addAll(all, own);
        return all;
    }
}
