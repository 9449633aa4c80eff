package uk.chatbatch.pipeline;

import java.util.EnumMap;
import java.util.Map;
import uk.chatbatch.cin.CinQuarantinedRecord;
import uk.chatbatch.cin.CinRecord;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.cin.CinTableDataset;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.ssda903.Ssda903Dataset;
import uk.chatbatch.ssda903.Ssda903QuarantinedRow;
import uk.chatbatch.ssda903.Ssda903Record;
import uk.chatbatch.ssda903.Ssda903Sink;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Staged Parquet sinks for the two statutory returns: one dataset per SSDA903 table ({@code ssda903_*})
 * and per CIN census table ({@code cin_*}), every table's dataset written even when empty, with their
 * quarantined rows and issues in the shared quarantine and issues datasets.
 */
final class ReturnsSinks {

    private ReturnsSinks() {
    }

    static Ssda903Sink ssda903(StagedWriters writers, LaPeriod key) {
        Map<Ssda903Table, TableSchema> schemas = new EnumMap<>(Ssda903Table.class);
        for (Ssda903Table table : Ssda903Table.values()) {
            schemas.put(table, Ssda903Dataset.schema(table));
            writers.ensure(schemas.get(table));
        }
        return new Ssda903Sink() {
            @Override
            public void clean(Ssda903Record record) {
                writers.write(schemas.get(record.table()), Ssda903Dataset.toRow(record, key.laCode(), key.periodEnd()));
            }

            @Override
            public void quarantined(Ssda903QuarantinedRow row) {
                writers.write(QuarantineDataset.SCHEMA, QuarantineDataset.toRow(row, key));
            }

            @Override
            public void issue(Issue issue) {
                writers.write(IssuesDataset.SCHEMA, IssuesDataset.toRow(issue, key));
            }
        };
    }

    static CinSink cin(StagedWriters writers, LaPeriod key) {
        Map<CinTable, TableSchema> schemas = new EnumMap<>(CinTable.class);
        for (CinTable table : CinTable.values()) {
            schemas.put(table, CinTableDataset.schema(table));
            writers.ensure(schemas.get(table));
        }
        return new CinSink() {
            @Override
            public void clean(CinRecord record) {
                writers.write(schemas.get(record.table()), CinTableDataset.toRow(record, key.laCode(), key.periodEnd()));
            }

            @Override
            public void quarantined(CinQuarantinedRecord record) {
                writers.write(QuarantineDataset.SCHEMA, QuarantineDataset.toRow(record, key));
            }

            @Override
            public void issue(Issue issue) {
                writers.write(IssuesDataset.SCHEMA, IssuesDataset.toRow(issue, key));
            }
        };
    }
}
