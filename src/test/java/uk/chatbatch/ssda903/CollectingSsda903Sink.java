package uk.chatbatch.ssda903;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableRecord;

/** Keeps everything SSDA903 ingest sends, for assertions. */
final class CollectingSsda903Sink implements RecordSink {
    final List<TableRecord> clean = new ArrayList<>();
    final List<TableRecord> superseded = new ArrayList<>();
    final List<CollectionYear> supersededBy = new ArrayList<>();
    final List<QuarantinedRecord> quarantined = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();

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
    public void quarantined(QuarantinedRecord row) {
        quarantined.add(row);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    List<TableRecord> clean(Ssda903Table table) {
        return clean.stream().filter(r -> r.table() == table).toList();
    }

    List<TableRecord> clean(Ssda903Table table, String child) {
        return clean.stream().filter(r -> r.table() == table && r.childId().equals(child)).toList();
    }

    List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }
}
