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
import uk.chatbatch.annexa.AnnexAList;

/**
 * The declared privacy transform of every column a child-level shareable table may carry, by the column's name in
 * the internal dataset. A column not declared here is not written (fail safe: a column added to an internal dataset
 * later stays internal until someone decides what may be shared of it). Identifiers (child, family, adopter) are
 * pseudonymised, dates of birth moved to the first of the month, placement postcodes cut to the district, and free
 * text, team and worker names, the placement's URN (one children's home can be one child) and where the row came
 * from in the LA's files are dropped; codes, event dates and counts are kept.
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

    private ChildLevelColumns() {
    }

    /** The datasets a job file may ask for as child-level shareable tables: every Annex A list. */
    public static List<String> datasets() {
        return Arrays.stream(AnnexAList.values()).map(AnnexAList::dataset).toList();
    }

    /** The declarations for one of {@link #datasets()}. */
    public static Optional<Map<String, Transform>> declared(String dataset) {
        return datasets().contains(dataset) ? Optional.of(ANNEX_A) : Optional.empty();
    }
}
