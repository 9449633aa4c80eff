package uk.chatbatch.model.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.chatbatch.ingest.Issue;

/**
 * What a reader found (clean, superseded and quarantined rows, issues and progress lines), held in the order it was
 * found, to be handed on later, often on another thread, by {@link #replay}: so sheets or returns read side by side
 * reach the datasets in the same order as when read one after another.
 */
public final class HeldFindings implements RecordSink {

    private record Superseded(TableRecord record, CollectionYear by) {
    }

    private record Progress(String message) {
    }

    private final List<Object> events = new ArrayList<>();

    /** A progress line, said when the findings before it are handed on. */
    public void progress(String message) {
        events.add(new Progress(message));
    }

    /** How many findings are held: a mark to replay from or to. */
    public int size() {
        return events.size();
    }

    @Override
    public void clean(TableRecord record) {
        events.add(record);
    }

    @Override
    public void superseded(TableRecord record, CollectionYear supersededBy) {
        events.add(new Superseded(record, supersededBy));
    }

    @Override
    public void quarantined(QuarantinedRecord record) {
        events.add(record);
    }

    @Override
    public void issue(Issue issue) {
        events.add(issue);
    }

    /** Hands everything held to the sink, and the progress lines to progress, in the order found. */
    public void replay(RecordSink sink, Consumer<String> progress) {
        replay(sink, progress, 0, events.size());
    }

    /** Hands the findings held from {@code from} (inclusive) to {@code to} (exclusive) on, in the order found. */
    public void replay(RecordSink sink, Consumer<String> progress, int from, int to) {
        for (Object event : events.subList(from, to)) {
            if (event instanceof TableRecord record) {
                sink.clean(record);
            } else if (event instanceof Superseded s) {
                sink.superseded(s.record(), s.by());
            } else if (event instanceof QuarantinedRecord record) {
                sink.quarantined(record);
            } else if (event instanceof Issue issue) {
                sink.issue(issue);
            } else {
                progress.accept(((Progress) event).message());
            }
        }
    }
}
