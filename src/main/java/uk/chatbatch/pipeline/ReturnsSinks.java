package uk.chatbatch.pipeline;

import java.util.EnumMap;
import java.util.Map;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Staged Parquet sinks for the two statutory returns: one dataset per SSDA903 table ({@code ssda903_*})
 * and per CIN census table ({@code cin_*}), every table's dataset written even when empty, with their
 * quarantined rows and issues in the shared quarantine and issues datasets.
 */
final class ReturnsSinks {

    private ReturnsSinks() {
    }

    static RecordSink ssda903(StagedWriters writers, LaPeriod key) {
        Map<Ssda903Table, TableSchema> schemas = new EnumMap<>(Ssda903Table.class);
        for (Ssda903Table table : Ssda903Table.values()) {
            schemas.put(table, TableDataset.schema(table));
            writers.ensure(schemas.get(table));
        }
        return new RecordSink() {
            @Override
            public void clean(TableRecord record) {
                writers.write(schemas.get(record.table()), TableDataset.toRow(record, key));
            }

            @Override
            public void quarantined(QuarantinedRecord row) {
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
            schemas.put(table, TableDataset.schema(table));
            writers.ensure(schemas.get(table));
        }
        return new CinSink() {
            @Override
            public void clean(TableRecord record) {
                writers.write(schemas.get(record.table()), TableDataset.toRow(record, key));
            }

            @Override
            public void quarantined(QuarantinedRecord record) {
                writers.write(QuarantineDataset.SCHEMA, QuarantineDataset.toRow(record, key));
            }

            @Override
            public void issue(Issue issue) {
                writers.write(IssuesDataset.SCHEMA, IssuesDataset.toRow(issue, key));
            }
        };
    }
}
