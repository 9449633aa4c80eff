package uk.chatbatch.model.table;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/** Keeps everything a source's reader sends, for assertions. */
public class CollectingRecordSink implements RecordSink {
    public final List<TableRecord> clean = new ArrayList<>();
    public final List<TableRecord> superseded = new ArrayList<>();
    public final List<CollectionYear> supersededBy = new ArrayList<>();
    public final List<QuarantinedRecord> quarantined = new ArrayList<>();
    public final List<Issue> issues = new ArrayList<>();

    @Override
    public void clean(TableRecord record) {
        clean.add(record);
    }

    @Override
    public void superseded(TableRecord record, CollectionYear by) {
        superseded.add(record);
        supersededBy.add(by);
    }

    @Override
    public void quarantined(QuarantinedRecord record) {
        quarantined.add(record);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    public List<TableRecord> clean(SourceTable table) {
        return clean.stream().filter(r -> r.table() == table).toList();
    }

    public List<TableRecord> clean(SourceTable table, String child) {
        return clean.stream().filter(r -> r.table() == table && r.childId().equals(child)).toList();
    }

    public List<QuarantinedRecord> quarantined(SourceTable table) {
        return quarantined.stream().filter(r -> r.sourceTable() == table).toList();
    }

    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }

    public List<IssueCode> codes() {
        return issues.stream().map(Issue::code).toList();
    }
}
