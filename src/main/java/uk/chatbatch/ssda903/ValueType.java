package uk.chatbatch.ssda903;

/** How an SSDA903 value is read and what it becomes in the typed row and in Parquet. */
public enum ValueType {
    /** An identifier held as text; 1234.0 written by a spreadsheet becomes 1234. */
    ID,
    TEXT,
    /** dd/mm/yyyy (as DfE specifies) or yyyy-mm-dd (as liia-tools rewrites it); becomes a LocalDate. */
    DATE,
    /** A date whose parts may be unknown, written ZZ (PrevPerm DATE_PERM); becomes a {@link PartialDate}. */
    PARTIAL_DATE,
    /** A whole number of zero or more, with the field's own upper bound. */
    INTEGER,
    /** A code of the field's {@link Ssda903CodeList}, valid or not by collection year. */
    CODE,
    /** A UK postcode, stored upper case with one space. */
    POSTCODE
}
