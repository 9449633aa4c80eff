package uk.chatbatch.annexa;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/** Keeps everything ingest sends, for assertions. */
public final class CollectingSink implements IngestSink {
    public final List<AnnexARecord> clean = new ArrayList<>();
    public final List<QuarantinedRow> quarantined = new ArrayList<>();
    public final List<Issue> issues = new ArrayList<>();

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

    public List<AnnexARecord> clean(AnnexAList list) {
        return clean.stream().filter(r -> r.list() == list).toList();
    }

    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }
}
