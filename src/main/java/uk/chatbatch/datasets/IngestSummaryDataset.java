package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/** One row per list read (or skipped): rows read = rows clean + rows quarantined. */
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
            new ColumnDef("status", ColumnType.STRING)));

    private IngestSummaryDataset() {
    }

    public static Object[] toRow(IngestSummary s, String laCode, LocalDate periodEnd) {
        return new Object[] {laCode, periodEnd, s.file(), s.sheet(), s.list().label(), s.list().number(),
                s.rowsRead(), s.rowsClean(), s.rowsQuarantined(), s.issues(), s.status()};
    }

    public static IngestSummary fromRow(Object[] row) {
        return new IngestSummary((String) row[2], (String) row[3], AnnexAList.byNumber((Integer) row[5]),
                (Long) row[6], (Long) row[7], (Long) row[8], (Long) row[9], (String) row[10]);
    }
}
