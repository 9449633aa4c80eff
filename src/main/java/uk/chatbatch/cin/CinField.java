package uk.chatbatch.cin;

import java.util.Optional;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.Field;
import uk.chatbatch.model.table.YearRange;

import static uk.chatbatch.model.ValueType.*;

/**
 * Every value the CIN census reader keeps, named by the census element it comes from
 * (../shared/reference/cin-census.md section 2). The Parquet column is the element name in
 * snake_case; a field used by several tables (LAchildID, CINreferralDate as the parent key) has the
 * same column name in each.
 *
 * <p>Sex: the 2024-25 census replaced {@code <GenderCurrent>} (1 male, 2 female, 0 not recorded or
 * unborn, 9 indeterminate) with {@code <Sex>} (M, F, U). Whichever element a file uses, {@link #SEX}
 * holds M, F or U (1 is M, 2 is F, 0 and 9 are U) so years compare, and {@link #GENDER_CURRENT} keeps
 * the numeric code whenever one was sent, so the 0/9 distinction of older years is not lost. Files
 * that send the numeric code under {@code <Sex>} (as the validator's own 2024-25 fixture does) are
 * read the same way, with a warning.
 */
public enum CinField implements Field {
    LA_CHILD_ID("la_child_id", "LAchildID", ID, null),
    UPN("upn", "UPN", ValueType.UPN, null),
    FORMER_UPN("former_upn", "FormerUPN", ValueType.UPN, null),
    UPN_UNKNOWN("upn_unknown", "UPNunknown", CODE, CinCodeList.UPN_UNKNOWN),
    PERSON_BIRTH_DATE("person_birth_date", "PersonBirthDate", DATE, null),
    EXPECTED_PERSON_BIRTH_DATE("expected_person_birth_date", "ExpectedPersonBirthDate", DATE, null),
    SEX("sex", "Sex", CODE, CinCodeList.SEX),
    GENDER_CURRENT("gender_current", "GenderCurrent", CODE, CinCodeList.GENDER_CURRENT),
    PERSON_DEATH_DATE("person_death_date", "PersonDeathDate", DATE, null),
    ETHNICITY("ethnicity", "Ethnicity", CODE, CinCodeList.ETHNICITY),
    DISABILITY("disability", "Disability", CODE, CinCodeList.DISABILITY),

    CIN_DETAILS_SEQ("cin_details_seq", "CINdetails", POSITION, null),
    CIN_REFERRAL_DATE("cin_referral_date", "CINreferralDate", DATE, null),
    REFERRAL_SOURCE("referral_source", "ReferralSource", CODE, CinCodeList.REFERRAL_SOURCE),
    PRIMARY_NEED_CODE("primary_need_code", "PrimaryNeedCode", CODE, CinCodeList.PRIMARY_NEED),
    CIN_CLOSURE_DATE("cin_closure_date", "CINclosureDate", DATE, null),
    REASON_FOR_CLOSURE("reason_for_closure", "ReasonForClosure", CODE, CinCodeList.REASON_FOR_CLOSURE),
    /** On CINdetails (the episode's ICPC) and again inside each Section47. */
    DATE_OF_INITIAL_CPC("date_of_initial_cpc", "DateOfInitialCPC", DATE, null),
    REFERRAL_NFA("referral_nfa", "ReferralNFA", YES_NO, null),

    ASSESSMENT_SEQ("assessment_seq", "Assessments", POSITION, null),
    ASSESSMENT_ACTUAL_START_DATE("assessment_actual_start_date", "AssessmentActualStartDate", DATE, null),
    ASSESSMENT_INTERNAL_REVIEW_DATE("assessment_internal_review_date", "AssessmentInternalReviewDate", DATE, null),
    ASSESSMENT_AUTHORISATION_DATE("assessment_authorisation_date", "AssessmentAuthorisationDate", DATE, null),
    ASSESSMENT_FACTORS("assessment_factors", "AssessmentFactors", CODE, CinCodeList.ASSESSMENT_FACTOR),

    CIN_PLAN_SEQ("cin_plan_seq", "CINPlanDates", POSITION, null),
    CIN_PLAN_START_DATE("cin_plan_start_date", "CINPlanStartDate", DATE, null),
    CIN_PLAN_END_DATE("cin_plan_end_date", "CINPlanEndDate", DATE, null),

    SECTION47_SEQ("section47_seq", "Section47", POSITION, null),
    S47_ACTUAL_START_DATE("s47_actual_start_date", "S47ActualStartDate", DATE, null),
    INITIAL_CPC_TARGET("initial_cpc_target", "InitialCPCtarget", DATE, null),
    ICPC_NOT_REQUIRED("icpc_not_required", "ICPCnotRequired", YES_NO, null),

    CPP_SEQ("cpp_seq", "ChildProtectionPlans", POSITION, null),
    CPP_START_DATE("cpp_start_date", "CPPstartDate", DATE, null),
    CPP_END_DATE("cpp_end_date", "CPPendDate", DATE, null),
    INITIAL_CATEGORY_OF_ABUSE("initial_category_of_abuse", "InitialCategoryOfAbuse", CODE, CinCodeList.CATEGORY_OF_ABUSE),
    LATEST_CATEGORY_OF_ABUSE("latest_category_of_abuse", "LatestCategoryOfAbuse", CODE, CinCodeList.CATEGORY_OF_ABUSE),
    NUMBER_OF_PREVIOUS_CPP("number_of_previous_cpp", "NumberOfPreviousCPP", INTEGER, null),
    CPP_REVIEW_DATE("cpp_review_date", "CPPreviewDate", DATE, null);

    private final String column;
    private final String element;
    private final ValueType type;
    private final CinCodeList codeList;

    CinField(String column, String element, ValueType type, CinCodeList codeList) {
        this.column = column;
        this.element = element;
        this.type = type;
        this.codeList = codeList;
    }

    /** The snake_case column name in Parquet and in the typed row. */
    @Override
    public String column() {
        return column;
    }

    /** The census element the value comes from (for a POSITION, the repeated group it counts). */
    @Override
    public String element() {
        return element;
    }

    @Override
    public ValueType type() {
        return type;
    }

    @Override
    public Optional<CinCodeList> codeList() {
        return Optional.ofNullable(codeList);
    }

    /** The field's code list, or null when it is not a CODE. */
    CinCodeList codes() {
        return codeList;
    }

    /** {@code <Sex>} from the 2024-25 census, {@code <GenderCurrent>} up to 2023-24 (section 2). */
    @Override
    public YearRange years() {
        return switch (this) {
            case SEX -> YearRange.from(2024);
            case GENDER_CURRENT -> YearRange.until(2023);
            default -> YearRange.ALWAYS;
        };
    }

    /** Whether a value can identify a child, so it is masked wherever it is shown outside quarantine. */
    @Override
    public boolean identifiesChild() {
        return type == ID || type == ValueType.UPN || this == PERSON_BIRTH_DATE
                || this == EXPECTED_PERSON_BIRTH_DATE || this == PERSON_DEATH_DATE;
    }
}
