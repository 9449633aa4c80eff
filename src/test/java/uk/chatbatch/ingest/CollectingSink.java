package uk.chatbatch.ingest;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;

/** Keeps everything ingest sends, for assertions. */
final class CollectingSink implements IngestSink {
    final List<AnnexARecord> clean = new ArrayList<>();
    final List<QuarantinedRow> quarantined = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();

    @Override
    public void clean(AnnexARecord record) {
        clean.add(record);
    }

    @Override
    public void quarantined(QuarantinedRow row) {
        quarantined.add(row);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    List<AnnexARecord> clean(AnnexAList list) {
        return clean.stream().filter(r -> r.list() == list).toList();
    }

    List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }
}
