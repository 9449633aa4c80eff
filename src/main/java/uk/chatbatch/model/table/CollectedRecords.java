package uk.chatbatch.model.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/**
 * What a reader sent, kept in arrival order for whoever reads it once the reading is done: the clean records that
 * pass a filter and, when asked, the superseded and quarantined records and the issues. Its methods have the sinks'
 * names, so a sink of any source keeps what it is sent by extending it ({@code R} is that source's record). The
 * return checks keep the clean records of the few tables they join (the datasets get everything else); tests keep
 * everything to assert on.
 *
 * @param <R> the record a source's reader sends
 */
public class CollectedRecords<R> {

    private final Predicate<? super R> keepClean;
    private final boolean keepFindings;
    private final List<R> clean = new ArrayList<>();
    private final List<R> superseded = new ArrayList<>();
    private final List<CollectionYear> supersededBy = new ArrayList<>();
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    /** Keeps every record and issue sent. */
    public CollectedRecords() {
        this(record -> true, true);
    }

    /**
     * @param keepClean    which clean records to keep
     * @param keepFindings whether to keep superseded and quarantined records and issues too
     */
    public CollectedRecords(Predicate<? super R> keepClean, boolean keepFindings) {
        this.keepClean = keepClean;
        this.keepFindings = keepFindings;
    }

    public void clean(R record) {
        if (keepClean.test(record)) {
            clean.add(record);
        }
    }

    public void superseded(R record, CollectionYear by) {
        if (keepFindings) {
            superseded.add(record);
            supersededBy.add(by);
        }
    }

    public void quarantined(QuarantinedRecord record) {
        if (keepFindings) {
            quarantined.add(record);
        }
    }

    public void issue(Issue issue) {
        if (keepFindings) {
            issues.add(issue);
        }
    }

    /** The clean records kept, in the order they came. */
    public List<R> clean() {
        return Collections.unmodifiableList(clean);
    }

    /** The clean records kept that match. */
    public List<R> clean(Predicate<? super R> matching) {
        return clean.stream().filter(matching).toList();
    }

    /** The superseded records, each beside {@link #supersededBy()}'s year at the same index. */
    public List<R> superseded() {
        return Collections.unmodifiableList(superseded);
    }

    public List<CollectionYear> supersededBy() {
        return Collections.unmodifiableList(supersededBy);
    }

    public List<QuarantinedRecord> quarantined() {
        return Collections.unmodifiableList(quarantined);
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public List<Issue> issues(IssueCode code) {
        return issues.stream().filter(i -> i.code() == code).toList();
    }

    /** Each issue's code, in the order the issues came. */
    public List<IssueCode> codes() {
        return issues.stream().map(Issue::code).toList();
    }
}
