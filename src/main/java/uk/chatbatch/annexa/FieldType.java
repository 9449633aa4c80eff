package uk.chatbatch.annexa;

/** How a cell is read and what it becomes in the typed row and in Parquet. */
public enum FieldType {
    /** An identifier held as text; 1234.0 read through Excel becomes 1234. */
    ID,
    TEXT,
    /** An Excel date serial (1900 system) or dd/mm/yyyy text; becomes a LocalDate. */
    DATE,
    /** A whole number of zero or more. */
    INTEGER,
    /** Age in years, often sent as a decimal; truncated to whole years. */
    AGE,
    /** A value from a {@link CodeList}, stored as its canonical code. */
    CODE,
    /** A UK postcode, stored upper-case with one space. */
    POSTCODE
}
