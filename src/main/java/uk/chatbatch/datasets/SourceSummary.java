package uk.chatbatch.datasets;

/**
 * One row of the ingest_summary dataset, for any source: an Annex A list from one sheet, an SSDA903
 * table for one collection year, or a CIN census table from one file. rows read = rows clean + rows
 * quarantined; rows superseded (SSDA903 only) are clean rows a later collection year replaced.
 *
 * @param source         annex_a, ssda903 or cin_census
 * @param sheet          the sheet, CSV file or XML file the rows came from
 * @param table          the list or table, e.g. "List 3 (Referrals)" or "Episodes"
 * @param listNumber     the Annex A list number, or null for other sources
 * @param collectionYear the SSDA903 collection year or CIN census year, e.g. "2024-25", or null
 */
public record SourceSummary(String source, String file, String sheet, String table, Integer listNumber,
                            String collectionYear, long rowsRead, long rowsClean, long rowsQuarantined,
                            long rowsSuperseded, long issues, String status) {

    public static final String ANNEX_A = "annex_a";
    public static final String SSDA903 = "ssda903";
    public static final String CIN_CENSUS = "cin_census";

    public SourceSummary {
        if (rowsRead != rowsClean + rowsQuarantined) {
            throw new IllegalStateException("accounting broken for " + file + " [" + table + "]: read " + rowsRead
                    + " != clean " + rowsClean + " + quarantined " + rowsQuarantined);
        }
    }
}
