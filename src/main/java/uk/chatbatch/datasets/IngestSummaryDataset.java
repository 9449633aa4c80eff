package uk.chatbatch.datasets;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * One row per Annex A list, SSDA903 table and year, or CIN census table read (or skipped): rows read =
 * rows clean + rows quarantined. The Annex A columns come first; source, collection_year and
 * rows_superseded were added for the returns.
 */
public final class IngestSummaryDataset {

    public static final String NAME = "ingest_summary";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("file", ColumnType.STRING,
                    "The input file read"),
            ColumnDef.of("sheet", ColumnType.STRING,
                    "The sheet or table read"),
            ColumnDef.key("list", ColumnType.STRING,
                    "The Annex A list, SSDA903 table or CIN census table read"),
            ColumnDef.of("list_number", ColumnType.INT32,
                    "The Annex A list number (1 to 11); empty for the returns"),
            ColumnDef.of("rows_read", ColumnType.INT64,
                    "Rows read from the input").inUnit("rows"),
            ColumnDef.of("rows_clean", ColumnType.INT64,
                    "Rows that passed the checks and are in the list's dataset").inUnit("rows"),
            ColumnDef.of("rows_quarantined", ColumnType.INT64,
                    "Rows in quarantine; rows_read = rows_clean + rows_quarantined (+ rows_superseded)").inUnit("rows"),
            ColumnDef.of("issues", ColumnType.INT64,
                    "Issues found in the list or table").inUnit("issues"),
            ColumnDef.of("status", ColumnType.STRING,
                    "read, or why the list or table was skipped"),
            ColumnDef.of("source", ColumnType.STRING,
                    "annex_a, ssda903 or cin_census"),
            ColumnDef.of("collection_year", ColumnType.STRING,
                    "The return's collection year (such as 2025-26); empty for Annex A"),
            ColumnDef.of("rows_superseded", ColumnType.INT64,
                    "SSDA903 rows replaced by the same row in a later collection year").inUnit("rows")));

    private IngestSummaryDataset() {
    }

    public static Object[] toRow(IngestSummary s, LaPeriod key) {
        return toRow(annexA(s), key);
    }

    public static SourceSummary annexA(IngestSummary s) {
        return new SourceSummary(SourceSummary.ANNEX_A, s.file(), s.sheet(), s.list().label(), s.list().number(), null,
                s.rowsRead(), s.rowsClean(), s.rowsQuarantined(), 0, s.issues(), s.status());
    }

    public static Object[] toRow(SourceSummary s, LaPeriod key) {
        return new Object[] {key.laCode(), key.periodEnd(), s.file(), s.sheet(), s.table(), s.listNumber(), s.rowsRead(),
                s.rowsClean(), s.rowsQuarantined(), s.issues(), s.status(), s.source(), s.collectionYear(),
                s.rowsSuperseded()};
    }

    public static SourceSummary summaryFromRow(Object[] row) {
        return new SourceSummary((String) row[11], (String) row[2], (String) row[3], (String) row[4],
                (Integer) row[5], (String) row[12], (Long) row[6], (Long) row[7], (Long) row[8], (Long) row[13],
                (Long) row[9], (String) row[10]);
    }

    public static boolean isAnnexA(Object[] row) {
        return SourceSummary.ANNEX_A.equals(row[11]);
    }

    /** An Annex A row back as the list's summary; see {@link #isAnnexA}. */
    public static IngestSummary fromRow(Object[] row) {
        return new IngestSummary((String) row[2], (String) row[3], AnnexAList.byNumber((Integer) row[5]),
                (Long) row[6], (Long) row[7], (Long) row[8], (Long) row[9], (String) row[10]);
    }
}
