package uk.chatbatch.model;

/**
 * How a value of any source (an Annex A cell, an SSDA903 value, a CIN census element) is read, and the one Java
 * type and dataset column type it becomes.
 */
public enum ValueType {
    /** An identifier held as text; 1234.0 written by a spreadsheet becomes 1234, a rounded 1.2E+5 is refused. */
    ID(ColumnType.STRING),
    TEXT(ColumnType.STRING),
    /** A date; becomes a LocalDate. Which spellings a source accepts is the source's parser's to say. */
    DATE(ColumnType.DATE),
    /**
     * A date whose parts may be unknown, written ZZ (SSDA903 PrevPerm DATE_PERM); the text is its column, and the
     * SSDA903 dataset adds its known parts beside it.
     */
    PARTIAL_DATE(ColumnType.STRING),
    /** A whole number of zero or more (up to a field's own bound where it has one); becomes an Integer. */
    INTEGER(ColumnType.INT32),
    /** Age in years, often sent as a decimal; truncated to whole years. */
    AGE(ColumnType.INT32),
    /** A value of the field's code list, stored as its canonical code. */
    CODE(ColumnType.STRING),
    /** A UK postcode, stored upper case with one space. */
    POSTCODE(ColumnType.STRING),
    /** A unique pupil number: a letter, 11 digits, then a digit or letter; stored upper case. */
    UPN(ColumnType.STRING),
    /** true/false/1/0 in any case; becomes a Boolean. */
    YES_NO(ColumnType.BOOLEAN),
    /** Not read from the input: the 1-based position of a repeated group within its parent, so tables join. */
    POSITION(ColumnType.INT32);

    private final ColumnType columnType;

    ValueType(ColumnType columnType) {
        this.columnType = columnType;
    }

    /** The type of the value's column in a dataset. */
    public ColumnType columnType() {
        return columnType;
    }
}
