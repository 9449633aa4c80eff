package uk.chatbatch.annexa;

import static uk.chatbatch.annexa.Field.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.model.table.FieldColumns;
import uk.chatbatch.model.table.SourceTable;

/**
 * The eleven Annex A lists of the current template revision (../shared/reference/annex-a.md section 4):
 * their columns in template order, which may be blank, which column identifies the person and which
 * date is the list's own event date.
 *
 * <p>Ingest policy that follows from this: a row is quarantined only when it lacks what the list cannot do
 * without, its identifier or an event date the template requires ({@link #keyFields()}); any other bad
 * cell becomes an issue and is left empty, and a blank the template allows is simply an empty value. Of
 * the event dates, only List 6's CIN Start Date may be blank in the template (annex-a.md section 4), so a
 * List 6 row without one is kept and the indicators that need the date say how they treat it. Every column is
 * required in the header except those the latest revision added (List 9's UASC, personal advisor,
 * pathway plan review and latest contact), which older workbooks do not have.
 */
public enum AnnexAList implements SourceTable {
    CONTACTS(1, "Contacts", "annex_a_contacts", CHILD_ID, DATE_OF_CONTACT,
            common(c(DATE_OF_CONTACT, false), c(CONTACT_SOURCE, false))),
    EARLY_HELP(2, "Early help", "annex_a_early_help", CHILD_ID, EH_ASSESSMENT_START_DATE,
            common(c(EH_ASSESSMENT_START_DATE, false), c(EH_ASSESSMENT_COMPLETION_DATE, true), c(EH_ORGANISATION, false))),
    REFERRALS(3, "Referrals", "annex_a_referrals", CHILD_ID, DATE_OF_REFERRAL,
            common(c(DATE_OF_REFERRAL, false), c(REFERRAL_SOURCE, false), c(REFERRAL_NFA, false),
                    c(REFERRALS_LAST_12_MONTHS, false), c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    ASSESSMENTS(4, "Assessments", "annex_a_assessments", CHILD_ID, ASSESSMENT_START_DATE,
            common(c(DISABILITY, false), c(ASSESSMENT_START_DATE, false), c(ASSESSMENT_CHILD_SEEN, false),
                    c(ASSESSMENT_AUTHORISATION_DATE, true), c(ASSESSMENT_REQUIRES_SUPPORT, true),
                    c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    SECTION_47(5, "Section 47 enquiries and ICPCs", "annex_a_section47", CHILD_ID, S47_START_DATE,
            common(c(DISABILITY, false), c(S47_START_DATE, false), c(ICPC_UNNECESSARY, true), c(ICPC_DATE, true),
                    c(ICPC_RESULTED_IN_PLAN, true), c(S47_LAST_12_MONTHS, false), c(ICPCS_LAST_12_MONTHS, false),
                    c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    CHILDREN_IN_NEED(6, "Children in need", "annex_a_children_in_need", CHILD_ID, CIN_START_DATE,
            common(c(DISABILITY, false), c(CIN_START_DATE, true), c(PRIMARY_NEED_CODE, false), c(DATE_LAST_SEEN, true),
                    c(CIN_CLOSURE_DATE, true), c(CIN_CLOSURE_REASON, true), c(CASE_STATUS, false),
                    c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    CHILD_PROTECTION(7, "Child protection", "annex_a_child_protection", CHILD_ID, CP_START_DATE,
            common(c(DISABILITY, false), c(CP_START_DATE, false), c(INITIAL_CATEGORY_OF_ABUSE, false),
                    c(LATEST_CATEGORY_OF_ABUSE, false), c(CP_LAST_STATUTORY_VISIT, true), c(CP_SEEN_ALONE, true),
                    c(CP_LATEST_REVIEW, true), c(CP_END_DATE, true), c(CP_EMERGENCY_PROTECTION, false),
                    c(CP_PREVIOUS_PLANS, false), c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    CHILDREN_IN_CARE(8, "Children in care", "annex_a_children_in_care", CHILD_ID, CLA_START_DATE,
            common(c(CLA_UASC, false), c(DISABILITY, false), c(CLA_START_DATE, false), c(CLA_CATEGORY_OF_NEED, false),
                    c(CLA_SUBSEQUENT_PERIOD, false), c(LEGAL_STATUS_START_DATE, false), c(LEGAL_STATUS, false),
                    c(CLA_LATEST_REVIEW, true), c(CLA_LAST_SW_VISIT, true), c(PERMANENCE_PLAN, true),
                    c(CLA_LAST_IRO_CONTACT, true), c(CLA_LAST_HEALTH_ASSESSMENT, true), c(CLA_LAST_DENTAL_CHECK, true),
                    c(CLA_PLACEMENTS_LAST_12_MONTHS, false), c(CLA_CEASED_DATE, true), c(CLA_REASON_CEASED, true),
                    c(PLACEMENT_START_DATE, false), c(PLACEMENT_TYPE, false), c(PLACEMENT_PROVIDER, false),
                    c(PLACEMENT_POSTCODE, false), c(PLACEMENT_URN, true), c(PLACEMENT_LOCATION, false),
                    c(PLACEMENT_LA, false), c(CLA_MISSING_EPISODES, false), c(CLA_ABSENT_EPISODES, false),
                    c(RETURN_INTERVIEW_OFFERED, true), c(RETURN_INTERVIEW_ACCEPTED, true),
                    c(ALLOCATED_TEAM, false), c(ALLOCATED_WORKER, false))),
    CARE_LEAVERS(9, "Care leavers", "annex_a_care_leavers", CHILD_ID, null,
            common(c(CARE_LEAVER_UASC, true, true), c(DISABILITY, false), c(ALLOCATED_TEAM, false),
                    c(ALLOCATED_WORKER, false), c(PERSONAL_ADVISOR, false, true), c(ELIGIBILITY_CATEGORY, false),
                    c(PATHWAY_PLAN_REVIEW_DATE, true, true), c(LA_IN_TOUCH, false), c(LATEST_CONTACT_DATE, true, true),
                    c(ACCOMMODATION_TYPE, true), c(ACCOMMODATION_SUITABILITY, true), c(ACTIVITY_STATUS, true))),
    ADOPTION(10, "Adoption", "annex_a_adoption", CHILD_ID, SHOULD_BE_PLACED_DECISION_DATE,
            List.of(c(CHILD_ID, false), c(FAMILY_ID, true), c(GENDER, false), c(ETHNICITY, false),
                    c(DATE_OF_BIRTH, true), c(AGE, true), c(DISABILITY, false), c(ENTERED_CARE_DATE, false),
                    c(SHOULD_BE_PLACED_DECISION_DATE, false), c(PLACEMENT_ORDER_DATE, true), c(MATCHING_DATE, true),
                    c(PLACED_FOR_ADOPTION_DATE, true), c(ADOPTION_ORDER_DATE, true),
                    c(NO_LONGER_PLACED_DECISION_DATE, true), c(NO_LONGER_PLACED_REASON, true),
                    c(FFA_PLACEMENT_DATE, true))),
    ADOPTERS(11, "Adopters", "annex_a_adopters", ADOPTER_ID, ENQUIRY_DATE,
            List.of(c(ADOPTER_ID, false), c(FAMILY_ID, true), c(GENDER, false), c(ETHNICITY, false),
                    c(ADOPTER_DISABILITY, false), c(ADOPTER_FOSTERING_FOR_ADOPTION, false), c(ENQUIRY_DATE, false),
                    c(STAGE1_START_DATE, true), c(STAGE1_END_DATE, true), c(STAGE2_START_DATE, true),
                    c(STAGE2_END_DATE, true), c(APPLICATION_DATE, true), c(APPLICATION_APPROVED_DATE, true),
                    c(ADOPTER_MATCHED_DATE, true), c(ADOPTER_PLACED_DATE, true), c(CHILDREN_PLACED, true),
                    c(ADOPTER_ADOPTION_ORDER_DATE, true), c(ADOPTER_LEFT_DATE, true), c(ADOPTER_LEFT_REASON, true)));

    private final int number;
    private final String title;
    private final String dataset;
    private final Field identifier;
    private final Field eventDate;
    private final List<Column> columns;
    private final List<Field> fields;
    private final FieldColumns fieldColumns;
    private final Set<Field> keyFields;

    AnnexAList(int number, String title, String dataset, Field identifier, Field eventDate, List<Column> columns) {
        this.number = number;
        this.title = title;
        this.dataset = dataset;
        this.identifier = identifier;
        this.eventDate = eventDate;
        this.columns = List.copyOf(columns);
        this.fields = this.columns.stream().map(Column::field).toList();
        this.fieldColumns = new FieldColumns(fields);
        this.keyFields = eventDate == null || this.columns.get(indexOf(eventDate)).blankAllowed() ? Set.of(identifier)
                : Set.of(identifier, eventDate);
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    @Override
    public Source source() {
        return Source.ANNEX_A;
    }

    /** "List 3 (Referrals)", as messages name a list. */
    @Override
    public String label() {
        return "List " + number + " (" + title + ")";
    }

    /** The Parquet dataset of the list's clean rows. */
    @Override
    public String dataset() {
        return dataset;
    }

    @Override
    public Field identifier() {
        return identifier;
    }

    /**
     * The list's own event date, or null for List 9, which is a snapshot with no event. It may be blank
     * where the template allows (List 6); {@link #keyFields()} says whether a row can do without it.
     */
    public Field eventDate() {
        return eventDate;
    }

    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public FieldColumns fieldColumns() {
        return fieldColumns;
    }

    /** The template's headers. */
    @Override
    public List<String> headers() {
        return fields.stream().map(Field::header).toList();
    }

    /**
     * A row goes to quarantine when one of these is missing or unusable: the identifier, and the event date
     * unless the template lets it be blank.
     */
    public Set<Field> keyFields() {
        return keyFields;
    }

    public static AnnexAList byNumber(int number) {
        for (AnnexAList list : values()) {
            if (list.number == number) {
                return list;
            }
        }
        throw new IllegalArgumentException("there is no Annex A list " + number);
    }

    /**
     * A column of a list.
     *
     * @param blankAllowed the template lets the cell be blank
     * @param optionalHeader older template revisions lack the column, so a workbook without it is accepted
     */
    public record Column(Field field, boolean blankAllowed, boolean optionalHeader) {
    }

    private static Column c(Field field, boolean blankAllowed) {
        return new Column(field, blankAllowed, false);
    }

    private static Column c(Field field, boolean blankAllowed, boolean optionalHeader) {
        return new Column(field, blankAllowed, optionalHeader);
    }

    /** The five leading columns of Lists 1 to 9, then the list's own. */
    private static List<Column> common(Column... own) {
        List<Column> all = new ArrayList<>(List.of(c(CHILD_ID, false), c(GENDER, false), c(ETHNICITY, false),
                c(DATE_OF_BIRTH, true), c(AGE, true)));
        Collections.addAll(all, own);
        return all;
    }
}
