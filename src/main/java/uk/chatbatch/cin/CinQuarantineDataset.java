package uk.chatbatch.cin;

import java.time.LocalDate;
import java.util.stream.Collectors;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.Issue;

/**
 * Quarantined CIN records as rows of the shared {@link QuarantineDataset} (internal output: raw
 * values can identify a child), so one quarantine dataset holds every source's unusable rows:
 * source_sheet is the place among the children ("child 2, CINdetails 1"), list the table's label,
 * source_row the XML line, and raw_values reads "column: value | column: value ...".
 */
public final class CinQuarantineDataset {

    private CinQuarantineDataset() {
    }

    public static Object[] toRow(CinQuarantinedRecord record, String laCode, LocalDate periodEnd) {
        CinTable table = record.table();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < table.columns().size(); i++) {
            if (i > 0) {
                raw.append(" | ");
            }
            raw.append(table.columns().get(i).field().column()).append(": ").append(record.rawValues().get(i));
        }
        return new Object[] {laCode, periodEnd, record.source().file(), record.source().location(), table.label(),
                record.source().line(),
                record.issues().stream().map(i -> i.code().column()).collect(Collectors.joining(",")),
                record.issues().stream().map(Issue::message).collect(Collectors.joining(" ")),
                raw.toString()};
    }
}
