package uk.chatbatch.ingest;

/** Stable codes for every problem ingest reports; the issues dataset and the report group by them. */
public enum IssueCode {
    MISSING_IDENTIFIER(Severity.ERROR, "the identifier is blank, so the row cannot be linked to a child; row quarantined"),
    INVALID_IDENTIFIER(Severity.ERROR, "the identifier is not usable; row quarantined"),
    MISSING_EVENT_DATE(Severity.ERROR, "the list's own event date is blank; row quarantined"),
    INVALID_EVENT_DATE(Severity.ERROR, "the list's own event date is not a date; row quarantined"),
    INVALID_DATE(Severity.ERROR, "not a date (expected an Excel date or dd/mm/yyyy); value left empty"),
    INVALID_CODE(Severity.ERROR, "not a code of the column's code list; value left empty"),
    INVALID_NUMBER(Severity.ERROR, "not a whole number of zero or more; value left empty"),
    INVALID_POSTCODE(Severity.ERROR, "not a UK postcode; value left empty"),
    EXCEL_ERROR_VALUE(Severity.ERROR, "an Excel error value such as #N/A; value left empty"),
    MISSING_VALUE(Severity.WARNING, "blank where the template requires a value"),
    UNRECOGNISED_COLUMN(Severity.WARNING, "a header that matches no column of the list; the column is ignored"),
    DUPLICATE_COLUMN(Severity.WARNING, "a second header for a column already matched; the second is ignored"),
    OPTIONAL_COLUMN_ABSENT(Severity.WARNING, "a column added in the latest template revision is absent; values left empty"),
    MISSING_REQUIRED_COLUMN(Severity.FATAL, "a required column is missing; the list is skipped"),
    UNRECOGNISED_SHEET(Severity.WARNING, "a sheet whose header row matches no Annex A list; the sheet is ignored"),
    DUPLICATE_LIST(Severity.FATAL, "a second sheet holds a list already read; the second is ignored"),

    // cross-list checks
    AGE_DISAGREES_WITH_DATE_OF_BIRTH(Severity.WARNING,
            "the supplied Age of Child (Years) is not the completed years from the Date of Birth to the list's"
                    + " reference date (the event date on Lists 1 to 5, the period end on Lists 6 to 10)"),
    EVENT_BEFORE_BIRTH(Severity.WARNING,
            "the Date of Birth is after a date in the same row; right only for work before birth on Lists 1 to 7"),
    DATE_AFTER_PERIOD_END(Severity.ERROR, "a date after the period end, when the extract was taken; value kept"),
    END_BEFORE_START(Severity.ERROR, "an end or later-stage date before the date it follows; value kept"),
    DUPLICATE_ROW(Severity.WARNING, "the same key columns as an earlier row of the list, so it may be counted twice"),
    NOT_ON_CHILDREN_IN_NEED_LIST(Severity.WARNING,
            "a child on a child protection plan or looked after at the period end with no open episode on List 6"),
    COUNT_BELOW_LISTED_EVENTS(Severity.WARNING,
            "a 'number in the last 12 months' lower than the events the list itself holds for the child"),
    RE_REFERRAL_COUNT_DISAGREES(Severity.WARNING,
            "a referral whose Number of Referrals in Last 12 Months says it is not a re-referral though List 3"
                    + " holds an earlier referral of the child in the 12 months before it"),

    // SSDA903
    UNRECOGNISED_FILE(Severity.WARNING, "a file whose columns match no SSDA903 table; the file is ignored"),
    DUPLICATE_TABLE(Severity.FATAL,
            "a second file holds an SSDA903 table already read for the same collection year; the second is ignored"),
    DUPLICATE_KEY(Severity.ERROR, "a second row with the same key in the same collection year; row quarantined"),
    CODE_NOT_VALID_IN_YEAR(Severity.ERROR,
            "a code the column's list does not have in the file's collection year; value left empty"),
    CODE_WITHDRAWN_FOR_DATE(Severity.ERROR,
            "a code withdrawn for events from a date (P2 from 28 October 2023); value left empty"),
    OTHER_YEAR_SPELLING(Severity.WARNING,
            "a code written as another collection year writes it (SEX 1 in 2024-25); read as that year's code"),
    COLLECTION_YEAR_UNKNOWN(Severity.WARNING,
            "no collection year in the file or folder name; codes checked against every year, no precedence"),
    COLLECTION_YEAR_CONFLICT(Severity.WARNING,
            "file and folder names give different collection years; the nearest label is used"),
    COLLECTION_YEAR_MISMATCH(Severity.WARNING,
            "the file's dates do not fit its collection year; the year label may follow the other convention"),
    XML_DOCTYPE_IGNORED(Severity.WARNING, "an XML DOCTYPE declaration; DTDs and entities are never processed"),
    XML_ENTITY_NOT_EXPANDED(Severity.ERROR, "an XML entity reference, never expanded; value read without it"),

    // CIN census
    CIN_MISSING_ELEMENT(Severity.WARNING, "an element the CIN census requires is absent or empty; the record stays"),
    CIN_UNRECOGNISED_ELEMENT(Severity.WARNING, "an element the CIN census does not have at this place; ignored"),
    CIN_REPEATED_ELEMENT(Severity.WARNING, "an element allowed once appears again; the first is kept"),
    CIN_STRAY_TEXT(Severity.WARNING, "text between elements, outside any value; ignored"),
    CIN_ELEMENT_NOT_READ(Severity.WARNING, "an element this reader does not read (2016 census only, or provisional); ignored"),
    CIN_ELEMENT_NOT_IN_YEAR(Severity.WARNING, "an element the census of the file's year does not have; read anyway"),
    CIN_CODE_NOT_IN_YEAR(Severity.WARNING, "a code the census of the file's year does not use (added later or withdrawn); kept"),
    CIN_SEX_CODE_FORM(Severity.WARNING, "Sex sent as a GenderCurrent number, or GenderCurrent as a letter; mapped"),
    CIN_BIRTH_DATES(Severity.WARNING, "a child needs exactly one of PersonBirthDate and ExpectedPersonBirthDate"),
    CIN_CHILD_ID_FORMAT(Severity.WARNING, "from 2024-25 LAchildID is at most 20 letters or digits; kept"),
    CIN_INVALID_UPN(Severity.ERROR, "not a UPN (a letter, 11 digits, then a digit or letter); value left empty"),
    CIN_INVALID_KEY_CODE(Severity.ERROR, "a disability or assessment factor that is blank or not a code of its list; record quarantined"),
    CIN_PARENT_QUARANTINED(Severity.ERROR, "the record's parent was quarantined, so it cannot be joined; record quarantined"),
    CIN_CENSUS_YEAR_UNKNOWN(Severity.WARNING, "the header gives no usable ReferenceDate or Year; checks by census year are skipped"),
    CIN_HEADER_MISMATCH(Severity.WARNING, "Year and ReferenceDate disagree, or ReferenceDate is not 31 March; the census year follows ReferenceDate"),

    // checks that protect the indicators from the returns (uk.chatbatch.returns.checks); the DfE rule is named
    EPISODES_OVERLAP(Severity.ERROR,
            "DfE rule 501: an SSDA903 episode starts before the child's previous episode ceased; rows kept"),
    EPISODE_STARTED_WHILE_PREVIOUS_OPEN(Severity.ERROR,
            "DfE rule 142: a later SSDA903 episode starts while this one has no date or reason ceased; row kept"),
    EPISODE_CEASED_AFTER_COLLECTION_YEAR(Severity.ERROR,
            "DfE rule 385: an SSDA903 episode's date ceased is after the end (31 March) of its file's collection year;"
                    + " value kept"),
    CONTINUATION_EPISODE_AFTER_GAP(Severity.ERROR,
            "DfE rule 433: an SSDA903 episode whose reason for new episode (P, L, T, U or B) says care continues starts"
                    + " after the day the previous episode ceased; row kept"),
    OC2_CHILD_OUTSIDE_COHORT(Severity.WARNING,
            "DfE rule 190: an OC2 row for a child not looked after continuously for at least 12 months at the"
                    + " year's 31 March (short breaks excluded); row kept"),
    NFA_REFERRAL_WITH_ACTIVITY(Severity.ERROR,
            "DfE rule 8831: a CIN referral with no further action (ReferralNFA true) that has an assessment, section 47,"
                    + " initial conference or child protection plan; records kept"),
    EVENT_AFTER_DEATH(Severity.ERROR,
            "a CIN referral, assessment, section 47, conference, plan or review dated after the child's"
                    + " PersonDeathDate (DfE rules 8555, 4008 and kin); record kept"),
    RETURN_CHECK_FAILED(Severity.WARNING,
            "a check on the returns stopped on a fault in the product; its rule was not checked, the rest of the run"
                    + " went on"),
    RETURN_FOR_OTHER_LA_OR_YEAR(Severity.WARNING,
            "a return whose LA code or collection year does not match the job's LA and period end, read because the"
                    + " job accepts it (accept_other_la_or_year); without that setting the run stops");

    private final Severity severity;
    private final String meaning;

    IssueCode(Severity severity, String meaning) {
        this.severity = severity;
        this.meaning = meaning;
    }

    public Severity severity() {
        return severity;
    }

    /** What the code means, for the report and the README. */
    public String meaning() {
        return meaning;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
