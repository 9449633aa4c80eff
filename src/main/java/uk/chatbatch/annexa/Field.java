package uk.chatbatch.annexa;

import java.util.List;
import java.util.Locale;
import uk.chatbatch.model.table.AnnexACodeList;
import java.util.Optional;
import uk.chatbatch.model.ValueType;

/**
 * Every Annex A column, with the header the Ofsted template uses, its type and the aliases LAs send
 * (../shared/reference/annex-a.md sections 4 and 6). A list is an ordered selection of these fields.
 * The Parquet column name is the enum name in lower case.
 */
public enum Field implements uk.chatbatch.model.table.Field {
    CHILD_ID("Child Unique ID", ValueType.ID, null, "ChildUniqueID", "Child ID"),
    FAMILY_ID("Family identifier", ValueType.ID, null, "FamilyID"),
    ADOPTER_ID("Individual adopter identifier", ValueType.ID, null, "AdopterID"),
    GENDER("Gender", ValueType.CODE, AnnexACodeList.GENDER),
    ETHNICITY("Ethnicity", ValueType.CODE, AnnexACodeList.ETHNICITY),
    DATE_OF_BIRTH("Date of Birth", ValueType.DATE, null, "DateOfBirth", "DOB"),
    AGE("Age of Child (Years)", ValueType.AGE, null, "Age", "Age of Child"),
    DISABILITY("Does the Child have a Disability", ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN, "HasDisability", "Disability"),
    ALLOCATED_TEAM("Allocated Team", ValueType.TEXT, null, "AllocatedTeam"),
    ALLOCATED_WORKER("Allocated Worker", ValueType.TEXT, null, "AllocatedWorker"),

    // List 1
    DATE_OF_CONTACT("Date of Contact", ValueType.DATE, null, "DateOfContact", "Contact Date"),
    CONTACT_SOURCE("Contact Source", ValueType.CODE, AnnexACodeList.SOURCE, "ContactSource"),
    // List 2
    EH_ASSESSMENT_START_DATE("Assessment start date", ValueType.DATE, null, "AssessmentStartDate"),
    EH_ASSESSMENT_COMPLETION_DATE("Assessment completion date", ValueType.DATE, null, "AssessmentCompletionDate"),
    EH_ORGANISATION("Organisation completing assessment", ValueType.TEXT, null, "OrganisationCompletingAssessment"),
    // List 3
    DATE_OF_REFERRAL("Date of referral", ValueType.DATE, null, "ReferralDate"),
    REFERRAL_SOURCE("Referral Source", ValueType.CODE, AnnexACodeList.SOURCE, "ReferralSource"),
    REFERRAL_NFA("Referral NFA?", ValueType.CODE, AnnexACodeList.YES_NO, "ReferralNFA", "Referral NFA"),
    REFERRALS_LAST_12_MONTHS("Number of Referrals in Last 12 Months", ValueType.INTEGER, null, "ReferralsLast12Months"),
    // List 4
    ASSESSMENT_START_DATE("Continuous Assessment Start Date", ValueType.DATE, null, "ContinuousAssessmentStart"),
    ASSESSMENT_CHILD_SEEN("Child Seen During Continuous Assessment", ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN,
            "ContinuousAssessmentChildSeen"),
    ASSESSMENT_AUTHORISATION_DATE("Continuous Assessment Date of Authorisation", ValueType.DATE, null,
            "ContinuousAssessmentAuthDate"),
    ASSESSMENT_REQUIRES_SUPPORT("Was the child assessed as requiring LA children's social care support?",
            ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN, "CSCSupportRequired"),
    // List 5
    S47_START_DATE("Strategy discussion initiating Section 47 Enquiry Start Date", ValueType.DATE, null,
            "StratDiscussionDate"),
    ICPC_UNNECESSARY("Was an Initial Child Protection Conference deemed unnecessary?", ValueType.CODE,
            AnnexACodeList.YES_NO, "InitialCPConfUnnecessary"),
    ICPC_DATE("Date of Initial Child Protection Conference", ValueType.DATE, null, "InitialCPConfDate"),
    ICPC_RESULTED_IN_PLAN("Did the Initial Child Protection Conference Result in a Child Protection Plan",
            ValueType.CODE, AnnexACodeList.YES_NO, "CPConfResultInCPPlan"),
    S47_LAST_12_MONTHS("Number of Section 47 Enquiries in the last 12 months", ValueType.INTEGER, null,
            "NumberS47s12m", "Sum of Number of Section 47 Enquiries in the last 12 months"),
    ICPCS_LAST_12_MONTHS("Number of ICPCs in the last 12 months", ValueType.INTEGER, null, "NumberICPCs12m",
            "Sum of Number of ICPCs in the last 12 months"),
    // List 6
    CIN_START_DATE("CIN Start Date", ValueType.DATE, null, "CINStartDate"),
    PRIMARY_NEED_CODE("Primary Need Code", ValueType.CODE, AnnexACodeList.NEED, "PrimaryNeedCode"),
    DATE_LAST_SEEN("Date Child Was Last Seen", ValueType.DATE, null, "DateChildLastSeen"),
    CIN_CLOSURE_DATE("CIN Closure Date", ValueType.DATE, null, "CINClosureDate"),
    CIN_CLOSURE_REASON("Reason for Closure", ValueType.CODE, AnnexACodeList.CLOSURE, "ReasonForClosure"),
    CASE_STATUS("Case Status", ValueType.CODE, AnnexACodeList.CASE_STATUS, "CaseStatus"),
    // List 7
    CP_START_DATE("Child Protection Plan Start Date", ValueType.DATE, null, "ChildProtectionPlanStartDate"),
    INITIAL_CATEGORY_OF_ABUSE("Initial Category of Abuse", ValueType.CODE, AnnexACodeList.ABUSE, "InitialCategoryOfAbuse"),
    LATEST_CATEGORY_OF_ABUSE("Latest Category of Abuse", ValueType.CODE, AnnexACodeList.ABUSE, "LatestCategoryOfAbuse"),
    CP_LAST_STATUTORY_VISIT("Date of the Last Statutory Visit", ValueType.DATE, null, "DateOfLastStatutoryVisit"),
    CP_SEEN_ALONE("Was the Child Seen Alone?", ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN, "ChildSeenAlone"),
    CP_LATEST_REVIEW("Date of latest review conference", ValueType.DATE, null, "DateOfLatestReviewConf"),
    CP_END_DATE("Child Protection Plan End Date", ValueType.DATE, null, "ChildProtectionPlanEndDate"),
    CP_EMERGENCY_PROTECTION(
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            ValueType.CODE, AnnexACodeList.YES_NO, "ProtectionLastSixMonths"),
    CP_PREVIOUS_PLANS("Number of Previous Child Protection Plans", ValueType.INTEGER, null,
            "NumberOfPreviousChildProtectionPlans", "Sum of Number of Previous Child Protection Plans"),
    // List 8
    CLA_UASC("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", ValueType.CODE,
            AnnexACodeList.YES_NO, "UASC"),
    CLA_START_DATE("Date Started to be Looked After", ValueType.DATE, null, "LoookedAfterStartDate",
            "LookedAfterStartDate"),
    CLA_CATEGORY_OF_NEED("Child's Category of Need", ValueType.CODE, AnnexACodeList.NEED, "ChildCategoryOfNeed"),
    CLA_SUBSEQUENT_PERIOD(
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            ValueType.CODE, AnnexACodeList.YES_NO, "SubsequentLACEpisodeLast12Months"),
    LEGAL_STATUS_START_DATE("Start date of current legal status", ValueType.DATE, null, "MostRecentLegalStatusStart"),
    LEGAL_STATUS("Child's Legal Status", ValueType.CODE, AnnexACodeList.LEGAL_STATUS, "LegalStatus"),
    CLA_LATEST_REVIEW("Date of Latest Statutory Review", ValueType.DATE, null, "LatestStatutoryReviewDate"),
    CLA_LAST_SW_VISIT("Date of Last Social Work Visit", ValueType.DATE, null, "LastSocialWorkVisitDate"),
    PERMANENCE_PLAN("What is the permanence plan for this child?", ValueType.CODE, AnnexACodeList.PERMANENCE_PLAN,
            "PermanencePlan"),
    CLA_LAST_IRO_CONTACT("Date of Last IRO Visit / Contact to the Child", ValueType.DATE, null, "LastIROVisitDate"),
    CLA_LAST_HEALTH_ASSESSMENT("Date of Last Health Assessment", ValueType.DATE, null, "LastHealthAssessmentDate"),
    CLA_LAST_DENTAL_CHECK("Date of Last Dental Check", ValueType.DATE, null, "LastDentalCheckDate"),
    CLA_PLACEMENTS_LAST_12_MONTHS("Number of Placements in the Last 12 months", ValueType.INTEGER, null,
            "PlacementsLast12Months"),
    CLA_CEASED_DATE("Date Ceased to be Looked After", ValueType.DATE, null, "CeasedLookedAfterDate"),
    CLA_REASON_CEASED("Reason Ceased to be Looked After", ValueType.CODE, AnnexACodeList.REASON_CEASED,
            "ReasonCeasedLookedAfter"),
    PLACEMENT_START_DATE("Start Date of Most Recent Placement", ValueType.DATE, null, "MostRecentPlacementStartDate"),
    PLACEMENT_TYPE("Placement Type", ValueType.CODE, AnnexACodeList.PLACEMENT_TYPE, "PlacementType"),
    PLACEMENT_PROVIDER("Placement Provider", ValueType.CODE, AnnexACodeList.PLACEMENT_PROVIDER, "PlacementProvider"),
    PLACEMENT_POSTCODE("Placement postcode", ValueType.POSTCODE, null, "PlacementPostcode"),
    PLACEMENT_URN("URN of Placement", ValueType.TEXT, null, "PlacementURN"),
    PLACEMENT_LOCATION("Placement Location", ValueType.CODE, AnnexACodeList.PLACEMENT_LOCATION),
    PLACEMENT_LA("LA of Placement", ValueType.TEXT, null),
    CLA_MISSING_EPISODES("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
            ValueType.INTEGER, null, "EpisodesChildMissingFromPlacement"),
    CLA_ABSENT_EPISODES("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
            ValueType.INTEGER, null, "EpisodesChildAbsentFromPlacement"),
    RETURN_INTERVIEW_OFFERED("Was the child offered a Return Interview after their last missing episode (Y/N)?",
            ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN, "ChildOfferedReturnInterviewAfterLastMFH"),
    RETURN_INTERVIEW_ACCEPTED("Did the child accept a Return Interview after their last missing episode (Y/N)?",
            ValueType.CODE, AnnexACodeList.YES_NO_UNKNOWN, "ChildAcceptedReturnInterviewAfterLastMFH"),
    // List 9
    CARE_LEAVER_UASC("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
            ValueType.CODE, AnnexACodeList.YES_NO),
    PERSONAL_ADVISOR("Allocated Personal Advisor", ValueType.TEXT, null, "AllocatedPersonalAdvisor",
            "Allocated Personal Adviser"),
    ELIGIBILITY_CATEGORY("Eligibility Category", ValueType.CODE, AnnexACodeList.ELIGIBILITY, "EligibilityCategory",
            "Eligibity Category"),
    PATHWAY_PLAN_REVIEW_DATE("Latest Pathway Plan Review Date", ValueType.DATE, null, "LatestPathwayPlan"),
    LA_IN_TOUCH("LA in Touch", ValueType.CODE, AnnexACodeList.IN_TOUCH, "LAInTouch"),
    LATEST_CONTACT_DATE("Latest Date of Contact", ValueType.DATE, null, "LatestContact"),
    ACCOMMODATION_TYPE("Type of Accommodation", ValueType.CODE, AnnexACodeList.ACCOMMODATION, "TypeOfAccommodation"),
    ACCOMMODATION_SUITABILITY("Suitability of Accommodation", ValueType.CODE, AnnexACodeList.SUITABILITY,
            "SuitabilityOfAccommodation", "Suitability of Accomodation"),
    ACTIVITY_STATUS("Activity Status", ValueType.CODE, AnnexACodeList.ACTIVITY, "ActivityStatus"),
    // List 10
    ENTERED_CARE_DATE("Date the Child Entered Care", ValueType.DATE, null, "EnteredCareDate"),
    SHOULD_BE_PLACED_DECISION_DATE("Date of Decision that Child Should be Placed for Adoption", ValueType.DATE, null,
            "ADMSHOBPADecisionDate"),
    PLACEMENT_ORDER_DATE("Date of Placement Order", ValueType.DATE, null, "PlacementOrderDate"),
    MATCHING_DATE("Date of Matching Child and Prospective Adopters", ValueType.DATE, null, "MatchedForAdoptionDate"),
    PLACED_FOR_ADOPTION_DATE("Date Placed for Adoption", ValueType.DATE, null, "PlacedForAdoptionDate"),
    ADOPTION_ORDER_DATE("Date of Adoption Order", ValueType.DATE, null, "AdoptionOrderDate"),
    NO_LONGER_PLACED_DECISION_DATE("Date of Decision that Child Should No Longer be Placed for Adoption",
            ValueType.DATE, null, "DecisionReversedDate"),
    NO_LONGER_PLACED_REASON("Reason Why Child No Longer Placed for Adoption", ValueType.CODE,
            AnnexACodeList.REASON_NO_LONGER_PLACED, "DecisionReversedReason"),
    FFA_PLACEMENT_DATE("Date the child was placed for fostering in FFA or concurrent planning placement",
            ValueType.DATE, null, "DateFFAConsurrencyPlacement"),
    // List 11
    ADOPTER_DISABILITY("Disability", ValueType.CODE, AnnexACodeList.YES_NO, "HasDisability"),
    ADOPTER_FOSTERING_FOR_ADOPTION("Is the (prospective) adopter fostering for adoption?", ValueType.CODE,
            AnnexACodeList.YES_NO, "AdoptedByCarer"),
    ENQUIRY_DATE("Date enquiry received", ValueType.DATE, null, "EnquiryDate"),
    STAGE1_START_DATE("Date Stage 1 started", ValueType.DATE, null, "Stage1StartDate"),
    STAGE1_END_DATE("Date Stage 1 ended", ValueType.DATE, null, "Stage1EndDate"),
    STAGE2_START_DATE("Date Stage 2 started", ValueType.DATE, null, "Stage2StartDate"),
    STAGE2_END_DATE("Date Stage 2 ended", ValueType.DATE, null, "Stage2EndDate"),
    APPLICATION_DATE("Date application submitted", ValueType.DATE, null, "ApplicationDate"),
    APPLICATION_APPROVED_DATE("Date application approved", ValueType.DATE, null, "ApplicationApprDate"),
    ADOPTER_MATCHED_DATE("Date adopter matched with child(ren)", ValueType.DATE, null, "MatchedDate"),
    ADOPTER_PLACED_DATE("Date child/children placed with adopter(s)", ValueType.DATE, null, "PlacedDate"),
    CHILDREN_PLACED("No. of children placed", ValueType.INTEGER, null, "NumSiblingsPlaced"),
    ADOPTER_ADOPTION_ORDER_DATE("Date of Adoption Order", ValueType.DATE, null, "AdoptionOrderDate"),
    ADOPTER_LEFT_DATE("Date of leaving adoption process", ValueType.DATE, null, "AdoptionLeaveDate"),
    ADOPTER_LEFT_REASON("Reason for leaving adoption process", ValueType.CODE, AnnexACodeList.ADOPTER_LEAVING_REASON,
            "AdoptingLeaveReason");

    private final String header;
    private final ValueType type;
    private final AnnexACodeList codeList;
    private final List<String> aliases;

    Field(String header, ValueType type, AnnexACodeList codeList, String... aliases) {
        this.header = header;
        this.type = type;
        this.codeList = codeList;
        this.aliases = List.of(aliases);
    }

    /** The header as the Ofsted template writes it. */
    public String header() {
        return header;
    }

    /** The template's header. */
    @Override
    public String element() {
        return header;
    }

    @Override
    public ValueType type() {
        return type;
    }

    @Override
    public Optional<AnnexACodeList> codeList() {
        return Optional.ofNullable(codeList);
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The snake_case column name used in Parquet and in messages about columns. */
    @Override
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a value in this column can identify a child (or, in List 11, an adopter), so it is masked in the
     * issues dataset.
     */
    @Override
    public boolean identifiesChild() {
        return type == ValueType.ID || this == DATE_OF_BIRTH || type == ValueType.POSTCODE;
    }
}
