package uk.chatbatch.ingest;

import java.util.List;

/**
 * A row or record of any source that could not be used, as the one quarantine dataset holds it: where it was,
 * which table, the issues that sent it there, and its values as found beside their column names.
 */
public interface Quarantined {

    /** The file it was read from. */
    String file();

    /** Its place within the file: the sheet, the collection year or its place among the census's children. */
    String place();

    /** The list or table it belongs to, as messages name it. */
    String table();

    /** The spreadsheet row or XML line. */
    int row();

    /** The column names, in the order of {@link #rawValues()}. */
    List<String> columns();

    /** The values as found (internal output only: they can identify a child). */
    List<String> rawValues();

    List<Issue> issues();
}
