package uk.chatbatch.shareable;

import static java.util.Map.entry;
import static uk.chatbatch.shareable.Transform.DROP;
import static uk.chatbatch.shareable.Transform.FIRST_OF_MONTH;
import static uk.chatbatch.shareable.Transform.HMAC_SHA256;
import static uk.chatbatch.shareable.Transform.KEEP;
import static uk.chatbatch.shareable.Transform.POSTCODE_DISTRICT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The declared privacy transform of every column a child-level shareable table may carry, by the column's name in
 * the internal dataset (Annex A lists, SSDA903 tables, CIN census tables). A column not declared here is not written
 * (fail safe: a column added to an internal dataset later stays internal until someone decides what may be shared of
 * it). Identifiers (child, family, adopter, pupil) are pseudonymised, dates of birth moved to the first of the month,
 * postcodes cut to the district, and free text, team and worker names and identifiers, the placement's URN (one
 * children's home can be one child) and where the row came from in the LA's files are dropped; codes, event dates
 * and counts are kept.
 */
public final class ChildLevelColumns {

    /** Column name to transform, for the Annex A lists. */
    public static final Map<String, Transform> ANNEX_A = Map.ofEntries(
            entry("la_code", KEEP),
            entry("period_end", KEEP),
            entry("source_file", DROP),
            entry("source_sheet", DROP),
            entry("source_row", DROP),
            entry("child_id", HMAC_SHA256),
            entry("family_id", HMAC_SHA256),
            entry("adopter_id", HMAC_SHA256),
            entry("gender", KEEP),
            entry("ethnicity", KEEP),
            entry("date_of_birth", FIRST_OF_MONTH),
            entry("age", KEEP),
            entry("disability", KEEP),
            entry("allocated_team", DROP),
            entry("allocated_worker", DROP),
            entry("date_of_contact", KEEP),
            entry("contact_source", KEEP),
            entry("eh_assessment_start_date", KEEP),
            entry("eh_assessment_completion_date", KEEP),
            entry("eh_organisation", DROP),
            entry("date_of_referral", KEEP),
            entry("referral_source", KEEP),
            entry("referral_nfa", KEEP),
            entry("referrals_last_12_months", KEEP),
            entry("assessment_start_date", KEEP),
            entry("assessment_child_seen", KEEP),
            entry("assessment_authorisation_date", KEEP),
            entry("assessment_requires_support", KEEP),
            entry("s47_start_date", KEEP),
            entry("icpc_unnecessary", KEEP),
            entry("icpc_date", KEEP),
            entry("icpc_resulted_in_plan", KEEP),
            entry("s47_last_12_months", KEEP),
            entry("icpcs_last_12_months", KEEP),
            entry("cin_start_date", KEEP),
            entry("primary_need_code", KEEP),
            entry("date_last_seen", KEEP),
            entry("cin_closure_date", KEEP),
            entry("cin_closure_reason", KEEP),
            entry("case_status", KEEP),
            entry("cp_start_date", KEEP),
            entry("initial_category_of_abuse", KEEP),
            entry("latest_category_of_abuse", KEEP),
            entry("cp_last_statutory_visit", KEEP),
            entry("cp_seen_alone", KEEP),
            entry("cp_latest_review", KEEP),
            entry("cp_end_date", KEEP),
            entry("cp_emergency_protection", KEEP),
            entry("cp_previous_plans", KEEP),
            entry("cla_uasc", KEEP),
            entry("cla_start_date", KEEP),
            entry("cla_category_of_need", KEEP),
            entry("cla_subsequent_period", KEEP),
            entry("legal_status_start_date", KEEP),
            entry("legal_status", KEEP),
            entry("cla_latest_review", KEEP),
            entry("cla_last_sw_visit", KEEP),
            entry("permanence_plan", KEEP),
            entry("cla_last_iro_contact", KEEP),
            entry("cla_last_health_assessment", KEEP),
            entry("cla_last_dental_check", KEEP),
            entry("cla_placements_last_12_months", KEEP),
            entry("cla_ceased_date", KEEP),
            entry("cla_reason_ceased", KEEP),
            entry("placement_start_date", KEEP),
            entry("placement_type", KEEP),
            entry("placement_provider", KEEP),
            entry("placement_postcode", POSTCODE_DISTRICT),
            entry("placement_urn", DROP),
            entry("placement_location", KEEP),
            entry("placement_la", KEEP),
            entry("cla_missing_episodes", KEEP),
            entry("cla_absent_episodes", KEEP),
            entry("return_interview_offered", KEEP),
            entry("return_interview_accepted", KEEP),
            entry("care_leaver_uasc", KEEP),
            entry("personal_advisor", DROP),
            entry("eligibility_category", KEEP),
            entry("pathway_plan_review_date", KEEP),
            entry("la_in_touch", KEEP),
            entry("latest_contact_date", KEEP),
            entry("accommodation_type", KEEP),
            entry("accommodation_suitability", KEEP),
            entry("activity_status", KEEP),
            entry("entered_care_date", KEEP),
            entry("should_be_placed_decision_date", KEEP),
            entry("placement_order_date", KEEP),
            entry("matching_date", KEEP),
            entry("placed_for_adoption_date", KEEP),
            entry("adoption_order_date", KEEP),
            entry("no_longer_placed_decision_date", KEEP),
            entry("no_longer_placed_reason", KEEP),
            entry("ffa_placement_date", KEEP),
            entry("adopter_disability", KEEP),
            entry("adopter_fostering_for_adoption", KEEP),
            entry("enquiry_date", KEEP),
            entry("stage1_start_date", KEEP),
            entry("stage1_end_date", KEEP),
            entry("stage2_start_date", KEEP),
            entry("stage2_end_date", KEEP),
            entry("application_date", KEEP),
            entry("application_approved_date", KEEP),
            entry("adopter_matched_date", KEEP),
            entry("adopter_placed_date", KEEP),
            entry("children_placed", KEEP),
            entry("adopter_adoption_order_date", KEEP),
            entry("adopter_left_date", KEEP),
            entry("adopter_left_reason", KEEP));

    /**
     * Column name to transform, for the SSDA903 tables. The child's and a pupil's identifiers are pseudonymised; dates
     * of birth (the child's and a mother's child's) moved to the first of the month; the home and placement postcodes
     * cut to the district; the placement's URN and the social worker's identifier dropped, as is where the row came
     * from; codes, event dates and SDQ scores are kept.
     */
    public static final Map<String, Transform> SSDA903 = Map.ofEntries(
            entry("la_code", KEEP),
            entry("period_end", KEEP),
            entry("collection_year", KEEP),
            entry("source_file", DROP),
            entry("source_row", DROP),
            entry("child", HMAC_SHA256),
            entry("upn", HMAC_SHA256),
            entry("sex", KEEP),
            entry("dob", FIRST_OF_MONTH),
            entry("ethnic", KEEP),
            entry("mother", KEEP),
            entry("mc_dob", FIRST_OF_MONTH),
            entry("decom", KEEP),
            entry("rne", KEEP),
            entry("ls", KEEP),
            entry("cin", KEEP),
            entry("place", KEEP),
            entry("place_provider", KEEP),
            entry("dec", KEEP),
            entry("rec", KEEP),
            entry("reason_place_change", KEEP),
            entry("home_post", POSTCODE_DISTRICT),
            entry("pl_post", POSTCODE_DISTRICT),
            entry("urn", DROP),
            entry("review", KEEP),
            entry("review_code", KEEP),
            entry("duc", KEEP),
            entry("sdq_score", KEEP),
            entry("sdq_reason", KEEP),
            entry("convicted", KEEP),
            entry("health_check", KEEP),
            entry("immunisations", KEEP),
            entry("teeth_check", KEEP),
            entry("health_assessment", KEEP),
            entry("substance_misuse", KEEP),
            entry("intervention_received", KEEP),
            entry("intervention_offered", KEEP),
            entry("in_touch", KEEP),
            entry("activ", KEEP),
            entry("accom", KEEP),
            entry("date_int", KEEP),
            entry("date_match", KEEP),
            entry("foster_care", KEEP),
            entry("nb_adoptr", KEEP),
            entry("sex_adoptr", KEEP),
            entry("ls_adoptr", KEEP),
            entry("date_placed", KEEP),
            entry("date_placed_ceased", KEEP),
            entry("reason_placed_ceased", KEEP),
            entry("prev_perm", KEEP),
            entry("la_perm", KEEP),
            entry("date_perm", KEEP),
            entry("date_perm_day", KEEP),
            entry("date_perm_month", KEEP),
            entry("date_perm_year", KEEP),
            entry("date_perm_date", KEEP),
            entry("missing", KEEP),
            entry("mis_start", KEEP),
            entry("mis_end", KEEP),
            entry("sw_id", DROP),
            entry("sw_decom", KEEP),
            entry("sw_dec", KEEP),
            entry("sw_reason", KEEP),
            entry("dolo_start", KEEP),
            entry("dolo_end", KEEP));

    /**
     * Column name to transform, for the CIN census tables. The LA's child identifier and the pupil numbers (current
     * and former) are pseudonymised; the dates of birth, expected birth and death moved to the first of the month
     * (a death date is as identifying as a birth date); where the row came from is dropped; codes, event dates,
     * counts and the positions of a child's episodes, plans and reviews are kept.
     */
    public static final Map<String, Transform> CIN = Map.ofEntries(
            entry("la_code", KEEP),
            entry("period_end", KEEP),
            entry("census_year", KEEP),
            entry("source_file", DROP),
            entry("source_line", DROP),
            entry("source_location", DROP),
            entry("la_child_id", HMAC_SHA256),
            entry("upn", HMAC_SHA256),
            entry("former_upn", HMAC_SHA256),
            entry("upn_unknown", KEEP),
            entry("person_birth_date", FIRST_OF_MONTH),
            entry("expected_person_birth_date", FIRST_OF_MONTH),
            entry("person_death_date", FIRST_OF_MONTH),
            entry("sex", KEEP),
            entry("gender_current", KEEP),
            entry("ethnicity", KEEP),
            entry("disability", KEEP),
            entry("cin_details_seq", KEEP),
            entry("cin_referral_date", KEEP),
            entry("referral_source", KEEP),
            entry("primary_need_code", KEEP),
            entry("cin_closure_date", KEEP),
            entry("reason_for_closure", KEEP),
            entry("date_of_initial_cpc", KEEP),
            entry("referral_nfa", KEEP),
            entry("assessment_seq", KEEP),
            entry("assessment_actual_start_date", KEEP),
            entry("assessment_internal_review_date", KEEP),
            entry("assessment_authorisation_date", KEEP),
            entry("assessment_factors", KEEP),
            entry("cin_plan_seq", KEEP),
            entry("cin_plan_start_date", KEEP),
            entry("cin_plan_end_date", KEEP),
            entry("section47_seq", KEEP),
            entry("s47_actual_start_date", KEEP),
            entry("initial_cpc_target", KEEP),
            entry("icpc_not_required", KEEP),
            entry("cpp_seq", KEEP),
            entry("cpp_start_date", KEEP),
            entry("cpp_end_date", KEEP),
            entry("initial_category_of_abuse", KEEP),
            entry("latest_category_of_abuse", KEEP),
            entry("number_of_previous_cpp", KEEP),
            entry("cpp_review_date", KEEP));

    private ChildLevelColumns() {
    }

    /**
     * The datasets a job file may ask for as child-level shareable tables: every Annex A list, SSDA903 table and CIN
     * census table.
     */
    public static List<String> datasets() {
        return Stream.of(Arrays.stream(AnnexAList.values()).map(AnnexAList::dataset),
                Arrays.stream(Ssda903Table.values()).map(Ssda903Table::dataset),
                Arrays.stream(CinTable.values()).map(CinTable::dataset)).flatMap(s -> s).toList();
    }

    /** The declarations for one of {@link #datasets()}. */
    public static Optional<Map<String, Transform>> declared(String dataset) {
        if (Arrays.stream(AnnexAList.values()).anyMatch(l -> l.dataset().equals(dataset))) {
            return Optional.of(ANNEX_A);
        }
        if (Arrays.stream(Ssda903Table.values()).anyMatch(t -> t.dataset().equals(dataset))) {
            return Optional.of(SSDA903);
        }
        if (Arrays.stream(CinTable.values()).anyMatch(t -> t.dataset().equals(dataset))) {
            return Optional.of(CIN);
        }
        return Optional.empty();
    }
}
