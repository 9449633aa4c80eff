package uk.chatbatch.ingest;

/** How bad an issue is. */
public enum Severity {
    /** The run cannot use the file or list at all. */
    FATAL,
    /** A row was quarantined, or a cell's value was rejected and left empty. */
    ERROR,
    /** The value was kept but looks wrong, or a required value is blank. */
    WARNING;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
