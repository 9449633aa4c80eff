package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * One row per Annex A list, SSDA903 table and year, or CIN census table read (or skipped): rows read =
 * rows clean + rows quarantined. The Annex A columns come first; source, collection_year and
 * rows_superseded were added for the returns.
 */
public final class IngestSummaryDataset {

    public static final String NAME = "ingest_summary";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("file", ColumnType.STRING),
            new ColumnDef("sheet", ColumnType.STRING),
            new ColumnDef("list", ColumnType.STRING),
            new ColumnDef("list_number", ColumnType.INT32),
            new ColumnDef("rows_read", ColumnType.INT64),
            new ColumnDef("rows_clean", ColumnType.INT64),
            new ColumnDef("rows_quarantined", ColumnType.INT64),
            new ColumnDef("issues", ColumnType.INT64),
            new ColumnDef("status", ColumnType.STRING),
            new ColumnDef("source", ColumnType.STRING),
            new ColumnDef("collection_year", ColumnType.STRING),
            new ColumnDef("rows_superseded", ColumnType.INT64)));

    private IngestSummaryDataset() {
    }

    public static Object[] toRow(IngestSummary s, String laCode, LocalDate periodEnd) {
        return toRow(annexA(s), laCode, periodEnd);
    }

    public static SourceSummary annexA(IngestSummary s) {
        return new SourceSummary(SourceSummary.ANNEX_A, s.file(), s.sheet(), s.list().label(), s.list().number(), null,
                s.rowsRead(), s.rowsClean(), s.rowsQuarantined(), 0, s.issues(), s.status());
    }

    public static Object[] toRow(SourceSummary s, String laCode, LocalDate periodEnd) {
        return new Object[] {laCode, periodEnd, s.file(), s.sheet(), s.table(), s.listNumber(), s.rowsRead(),
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
