package uk.chatbatch.cin;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/** Keeps everything the reader sends, for assertions. */
final class CinCollectingSink implements CinSink {
    final List<CinCensusHeader> headers = new ArrayList<>();
    final List<TableRecord> clean = new ArrayList<>();
    final List<QuarantinedRecord> quarantined = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();
    final List<CinFileResult> ended = new ArrayList<>();

    @Override
    public void startFile(CinCensusHeader header) {
        headers.add(header);
    }

    @Override
    public void clean(TableRecord record) {
        clean.add(record);
    }

    @Override
    public void quarantined(QuarantinedRecord record) {
        quarantined.add(record);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    @Override
    public void endFile(CinFileResult result) {
        ended.add(result);
    }

    List<TableRecord> clean(CinTable table) {
        return clean.stream().filter(r -> r.table() == table).toList();
    }

    List<QuarantinedRecord> quarantined(CinTable table) {
        return quarantined.stream().filter(r -> r.sourceTable() == table).toList();
    }

    List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }

    List<IssueCode> codes() {
        return issues.stream().map(Issue::code).toList();
    }
}
