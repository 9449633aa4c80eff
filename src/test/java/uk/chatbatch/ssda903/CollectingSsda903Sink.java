package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/** Keeps everything SSDA903 ingest sends, for assertions. */
final class CollectingSsda903Sink implements Ssda903Sink {
    final List<Ssda903Record> clean = new ArrayList<>();
    final List<Ssda903Record> superseded = new ArrayList<>();
    final List<CollectionYear> supersededBy = new ArrayList<>();
    final List<Ssda903QuarantinedRow> quarantined = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();

    @Override
    public void clean(Ssda903Record record) {
        clean.add(record);
    }

    @Override
    public void superseded(Ssda903Record record, CollectionYear by) {
        superseded.add(record);
        supersededBy.add(by);
    }

    @Override
    public void quarantined(Ssda903QuarantinedRow row) {
        quarantined.add(row);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    List<Ssda903Record> clean(Ssda903Table table) {
        return clean.stream().filter(r -> r.table() == table).toList();
    }

    List<Ssda903Record> clean(Ssda903Table table, String child) {
        return clean.stream().filter(r -> r.table() == table && r.child().equals(child)).toList();
    }

    List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }
}
