package uk.chatbatch.ssda903;

import java.util.Locale;
import java.util.Optional;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.Field;
import uk.chatbatch.model.table.YearRange;

/**
 * Every SSDA903 column (../shared/reference/ssda903.md section 2), named as the CSV header names
 * it, with its type, its code list and its XML tag where that differs. A table is an ordered
 * selection of these fields. The Parquet column name is the name in lower case.
 */
public enum Ssda903Field implements Field {
    CHILD(ValueType.ID, null, "CHILDID"),
    SEX(ValueType.CODE, Ssda903CodeList.SEX),
    DOB(ValueType.DATE),
    ETHNIC(ValueType.CODE, Ssda903CodeList.ETHNIC),
    UPN(ValueType.TEXT),
    MOTHER(ValueType.CODE, Ssda903CodeList.FLAG),
    MC_DOB(ValueType.DATE),
    // Episodes
    DECOM(ValueType.DATE),
    RNE(ValueType.CODE, Ssda903CodeList.REASON_NEW_EPISODE),
    LS(ValueType.CODE, Ssda903CodeList.LEGAL_STATUS),
    CIN(ValueType.CODE, Ssda903CodeList.CATEGORY_OF_NEED),
    PLACE(ValueType.CODE, Ssda903CodeList.PLACEMENT_TYPE, "PL"),
    PLACE_PROVIDER(ValueType.CODE, Ssda903CodeList.PLACEMENT_PROVIDER),
    DEC(ValueType.DATE),
    REC(ValueType.CODE, Ssda903CodeList.REASON_EPISODE_CEASED),
    REASON_PLACE_CHANGE(ValueType.CODE, Ssda903CodeList.REASON_PLACE_CHANGE),
    HOME_POST(ValueType.POSTCODE),
    PL_POST(ValueType.POSTCODE),
    URN(ValueType.TEXT),
    // Reviews
    REVIEW(ValueType.DATE),
    REVIEW_CODE(ValueType.CODE, Ssda903CodeList.REVIEW_PARTICIPATION),
    // UASC
    DUC(ValueType.DATE),
    // OC2
    SDQ_SCORE(ValueType.INTEGER, 40),
    SDQ_REASON(ValueType.CODE, Ssda903CodeList.SDQ_REASON),
    CONVICTED(ValueType.CODE, Ssda903CodeList.FLAG),
    HEALTH_CHECK(ValueType.CODE, Ssda903CodeList.FLAG),
    IMMUNISATIONS(ValueType.CODE, Ssda903CodeList.FLAG),
    TEETH_CHECK(ValueType.CODE, Ssda903CodeList.FLAG),
    HEALTH_ASSESSMENT(ValueType.CODE, Ssda903CodeList.FLAG),
    SUBSTANCE_MISUSE(ValueType.CODE, Ssda903CodeList.FLAG),
    INTERVENTION_RECEIVED(ValueType.CODE, Ssda903CodeList.FLAG),
    INTERVENTION_OFFERED(ValueType.CODE, Ssda903CodeList.FLAG),
    // OC3
    IN_TOUCH(ValueType.CODE, Ssda903CodeList.IN_TOUCH),
    ACTIV(ValueType.CODE, Ssda903CodeList.ACTIVITY),
    ACCOM(ValueType.CODE, Ssda903CodeList.ACCOMMODATION),
    // AD1
    DATE_INT(ValueType.DATE),
    DATE_MATCH(ValueType.DATE),
    FOSTER_CARE(ValueType.CODE, Ssda903CodeList.FLAG),
    NB_ADOPTR(ValueType.CODE, Ssda903CodeList.ADOPTER_COUNT),
    SEX_ADOPTR(ValueType.CODE, Ssda903CodeList.ADOPTER_SEX),
    LS_ADOPTR(ValueType.CODE, Ssda903CodeList.ADOPTER_LEGAL_STATUS),
    // PlacedAdoption
    DATE_PLACED(ValueType.DATE),
    DATE_PLACED_CEASED(ValueType.DATE),
    REASON_PLACED_CEASED(ValueType.CODE, Ssda903CodeList.REASON_NO_LONGER_PLACED),
    // PrevPerm
    PREV_PERM(ValueType.CODE, Ssda903CodeList.PREVIOUS_PERMANENCE),
    /** LA code or WAL/SCO/NUK/NIR; checking it against the list of LAs is a validation rule (633). */
    LA_PERM(ValueType.TEXT),
    DATE_PERM(ValueType.PARTIAL_DATE),
    // Missing
    MISSING(ValueType.CODE, Ssda903CodeList.MISSING_TYPE),
    MIS_START(ValueType.DATE),
    MIS_END(ValueType.DATE),
    // Social worker episodes (from 2023-24)
    SW_ID(ValueType.TEXT),
    SW_DECOM(ValueType.DATE),
    SW_DEC(ValueType.DATE),
    SW_REASON(ValueType.CODE, Ssda903CodeList.SW_REASON),
    // Deprivation of liberty orders (expected from 2026-27)
    DOLO_START(ValueType.DATE),
    DOLO_END(ValueType.DATE);

    private final ValueType type;
    private final Ssda903CodeList codeList;
    private final String xmlTag;
    private final int max;

    Ssda903Field(ValueType type) {
        this(type, null, null, Integer.MAX_VALUE);
    }

    Ssda903Field(ValueType type, Ssda903CodeList codeList) {
        this(type, codeList, null, Integer.MAX_VALUE);
    }

    Ssda903Field(ValueType type, Ssda903CodeList codeList, String xmlTag) {
        this(type, codeList, xmlTag, Integer.MAX_VALUE);
    }

    Ssda903Field(ValueType type, int max) {
        this(type, null, null, max);
    }

    Ssda903Field(ValueType type, Ssda903CodeList codeList, String xmlTag, int max) {
        if ((type == ValueType.CODE) != (codeList != null)) {
            throw new IllegalStateException("a code field needs a code list, and only a code field has one");
        }
        this.type = type;
        this.codeList = codeList;
        this.xmlTag = xmlTag;
        this.max = max;
    }

    @Override
    public ValueType type() {
        return type;
    }

    /** The code list of a CODE field. */
    @Override
    public Optional<Ssda903CodeList> codeList() {
        return Optional.ofNullable(codeList);
    }

    Ssda903CodeList codes() {
        return codeList;
    }

    /** The CSV header. */
    public String header() {
        return name();
    }

    /** The CSV header: DfE's name for the field. */
    @Override
    public String element() {
        return name();
    }

    /** The XML element name: the CSV header except CHILDID for CHILD and PL for PLACE. */
    public String xmlTag() {
        return xmlTag == null ? name() : xmlTag;
    }

    /** Largest value an INTEGER field accepts (SDQ_SCORE: 40). */
    public int max() {
        return max;
    }

    /** The snake_case column name used in Parquet. */
    @Override
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a value can identify a child, so it is masked in issues and messages: the child's
     * identifier, dates of birth, the UPN, postcodes, and the date UASC status ceased (usually the
     * 18th birthday).
     */
    @Override
    public boolean identifiesChild() {
        return switch (this) {
            case CHILD, DOB, MC_DOB, UPN, HOME_POST, PL_POST, DUC -> true;
            default -> false;
        };
    }

    /** Social worker episodes from 2023-24, deprivation of liberty orders from 2026-27 (section 2). */
    @Override
    public YearRange years() {
        return switch (this) {
            case SW_ID, SW_DECOM, SW_DEC, SW_REASON -> YearRange.from(2023);
            case DOLO_START, DOLO_END -> YearRange.from(2026);
            default -> YearRange.ALWAYS;
        };
    }
}
