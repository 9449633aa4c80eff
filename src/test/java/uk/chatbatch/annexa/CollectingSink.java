package uk.chatbatch.annexa;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/** Keeps everything ingest sends, for assertions. */
public final class CollectingSink implements IngestSink {
    public final List<TableRecord> clean = new ArrayList<>();
    public final List<QuarantinedRecord> quarantined = new ArrayList<>();
    public final List<Issue> issues = new ArrayList<>();

    @Override
    public void clean(TableRecord record) {
        clean.add(record);
    }

    @Override
    public void quarantined(QuarantinedRecord row) {
        quarantined.add(row);
    }

    @Override
    public void issue(Issue issue) {
        issues.add(issue);
    }

    public List<TableRecord> clean(AnnexAList list) {
        return clean.stream().filter(r -> r.table() == list).toList();
    }

    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }
}
