package uk.chatbatch.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.CollectionYear;
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

    /**
     * A return's findings held in the order they were found (rows, issues and progress lines), to be handed on
     * later on another thread by {@link #replay}.
     */
    static final class Held implements RecordSink {
        private record Superseded(TableRecord record, CollectionYear by) {
        }

        private record Progress(String message) {
        }

        private final List<Object> events = new ArrayList<>();

        void progress(String message) {
            events.add(new Progress(message));
        }

        @Override
        public void clean(TableRecord record) {
            events.add(record);
        }

        @Override
        public void superseded(TableRecord record, CollectionYear supersededBy) {
            events.add(new Superseded(record, supersededBy));
        }

        @Override
        public void quarantined(QuarantinedRecord record) {
            events.add(record);
        }

        @Override
        public void issue(Issue issue) {
            events.add(issue);
        }

        /** Hands everything held to the sink, and the progress lines to progress, in the order found. */
        void replay(RecordSink sink, Consumer<String> progress) {
            for (Object event : events) {
                if (event instanceof TableRecord record) {
                    sink.clean(record);
                } else if (event instanceof Superseded s) {
                    sink.superseded(s.record(), s.by());
                } else if (event instanceof QuarantinedRecord record) {
                    sink.quarantined(record);
                } else if (event instanceof Issue issue) {
                    sink.issue(issue);
                } else {
                    progress.accept(((Progress) event).message());
                }
            }
        }
    }
}
