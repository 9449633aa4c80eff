package uk.chatbatch.returns.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.cin.CinCensusHeader;
import uk.chatbatch.cin.CinFileResult;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.CollectedRecords;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Sinks that pass every row on and keep, on the side, the kept rows the return checks read: the SSDA903 episodes and
 * OC2 rows (each record once, in its latest collection year) and the CIN census tables the CIN checks join.
 * Only these tables are held, so memory grows with the children, as the indicators' own in-memory rows do.
 */
public final class KeptRows {

    private static final Set<Ssda903Table> SSDA903_TABLES = Set.of(Ssda903Table.EPISODES, Ssda903Table.OC2);
    private static final Set<CinTable> CIN_TABLES = Set.of(CinTable.CHILD, CinTable.EPISODE, CinTable.ASSESSMENT,
            CinTable.SECTION_47, CinTable.PLAN, CinTable.CP_PLAN, CinTable.CP_REVIEW);

    private final CollectedRecords<TableRecord> kept = new CollectedRecords<>(
            r -> SSDA903_TABLES.contains(r.table()) || CIN_TABLES.contains(r.table()), false);

    /** The SSDA903 tables kept so far. */
    public Map<Ssda903Table, List<TableRecord>> ssda903() {
        return byTable(Ssda903Table.class, SSDA903_TABLES);
    }

    /** The CIN census tables kept so far. */
    public Map<CinTable, List<TableRecord>> cin() {
        return byTable(CinTable.class, CIN_TABLES);
    }

    /** The kept records of these tables, by table in the order they came; a table with none is absent. */
    private <T extends Enum<T>> Map<T, List<TableRecord>> byTable(Class<T> type, Set<T> tables) {
        Map<T, List<TableRecord>> byTable = new EnumMap<>(type);
        for (TableRecord record : kept.clean()) {
            if (tables.contains(record.table())) {
                byTable.computeIfAbsent(type.cast(record.table()), t -> new ArrayList<>()).add(record);
            }
        }
        return byTable;
    }

    /** A sink that sends everything to {@code next} and keeps the checked tables' clean rows. */
    public RecordSink keeping(RecordSink next) {
        return new RecordSink() {
            @Override
            public void clean(TableRecord record) {
                next.clean(record);
                kept.clean(record);
            }

            @Override
            public void superseded(TableRecord record, CollectionYear supersededBy) {
                next.superseded(record, supersededBy);
            }

            @Override
            public void quarantined(QuarantinedRecord row) {
                next.quarantined(row);
            }

            @Override
            public void issue(Issue issue) {
                next.issue(issue);
            }
        };
    }

    /** A sink that sends everything to {@code next} and keeps the checked tables' clean records. */
    public CinSink keeping(CinSink next) {
        return new CinSink() {
            @Override
            public void startFile(CinCensusHeader header) {
                next.startFile(header);
            }

            @Override
            public void clean(TableRecord record) {
                next.clean(record);
                kept.clean(record);
            }

            @Override
            public void quarantined(QuarantinedRecord record) {
                next.quarantined(record);
            }

            @Override
            public void issue(Issue issue) {
                next.issue(issue);
            }

            @Override
            public void endFile(CinFileResult result) {
                next.endFile(result);
            }
        };
    }
}
