package uk.chatbatch.cin;

/** How an element's text is read and what it becomes in the typed row and in Parquet. */
public enum CinFieldType {
    /** LAchildID: text; a number Excel rounded on the way (1.2E+5) is refused. */
    ID,
    /** UPN and FormerUPN: a letter, 11 digits, then a digit or letter; stored upper-case. */
    UPN,
    /** xs:date (YYYY-MM-DD); becomes a LocalDate. */
    DATE,
    /** A value of a {@link CinCodeList}, matched on the whole code, stored as its canonical spelling. */
    CODE,
    /** ReferralNFA, ICPCnotRequired: true/false/1/0 in any case; becomes a Boolean. */
    YES_NO,
    /** NumberOfPreviousCPP: a whole number of zero or more. */
    COUNT,
    /** Not an element: the 1-based position of a repeated group within its parent, so tables join. */
    POSITION
}
