package uk.chatbatch.annexa;


/**
 * The accounting for one list read from one sheet: rows read = rows clean + rows quarantined.
 * Blank and padding rows are not rows. A list skipped for a missing column reads no rows and says why.
 * For a table of a statutory return, list is null and label names the table ("SSDA903 Episodes 2021-22").
 */
public record IngestSummary(String file, String sheet, AnnexAList list, long rowsRead, long rowsClean,
                            long rowsQuarantined, long issues, String status, String label) {

    /** An Annex A list's summary, labelled with the list. */
    public IngestSummary(String file, String sheet, AnnexAList list, long rowsRead, long rowsClean,
                         long rowsQuarantined, long issues, String status) {
        this(file, sheet, list, rowsRead, rowsClean, rowsQuarantined, issues, status,
                list == null ? "none" : list.label());
    }

    public static final String READ = "read";

    public IngestSummary {
        if (rowsRead != rowsClean + rowsQuarantined) {
            throw new IllegalStateException("accounting broken for " + file + " [" + sheet + "]: read " + rowsRead
                    + " != clean " + rowsClean + " + quarantined " + rowsQuarantined);
        }
    }
}
