package uk.chatbatch.model.table;

import java.util.List;

/** Keeps everything a source's reader sends, for assertions. */
public class CollectingRecordSink extends CollectedRecords<TableRecord> implements RecordSink {

    public List<TableRecord> clean(SourceTable table) {
        return clean(r -> r.table() == table);
    }

    public List<TableRecord> clean(SourceTable table, String child) {
        return clean(r -> r.table() == table && r.childId().equals(child));
    }

    public List<QuarantinedRecord> quarantined(SourceTable table) {
        return quarantined().stream().filter(r -> r.sourceTable() == table).toList();
    }
}
