package uk.chatbatch.cin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.chatbatch.ingest.Issue;

/**
 * A record being built from one child's elements: values and raw text in the table's column order,
 * the issues found in it, and its parent, whose keys it copies and whose quarantine it shares.
 */
final class PendingRecord {

    final CinTable table;
    final PendingRecord parent;
    final int line;
    final String location;
    final Object[] values;
    final String[] raw;
    final List<Issue> issues = new ArrayList<>(0);
    private boolean keyUnusable;

    PendingRecord(CinTable table, PendingRecord parent, int line, String location) {
        this.table = table;
        this.parent = parent;
        this.line = line;
        this.location = location;
        int n = table.columns().size();
        this.values = new Object[n];
        this.raw = new String[n];
        Arrays.fill(raw, "");
        for (int i = 0; i < n; i++) {
            CinTable.Column column = table.columns().get(i);
            if (column.inherited()) {
                int from = parent.table.indexOf(column.field());
                values[i] = parent.values[from];
                raw[i] = parent.raw[from];
            }
        }
    }

    void set(CinField field, Object value, String rawText) {
        int i = table.indexOf(field);
        values[i] = value;
        raw[i] = rawText;
    }

    void setRaw(CinField field, String rawText) {
        raw[table.indexOf(field)] = rawText;
    }

    Object value(CinField field) {
        return values[table.indexOf(field)];
    }

    void issue(Issue issue) {
        issues.add(issue);
    }

    /** The record's own key is missing or unusable: the issue says which, and the record is quarantined. */
    void keyUnusable(Issue issue) {
        keyUnusable = true;
        issues.add(issue);
    }

    boolean keyUnusable() {
        return keyUnusable;
    }

    /** Its own key is unusable, or an ancestor's is. */
    boolean quarantined() {
        return keyUnusable || (parent != null && parent.quarantined());
    }

    /** The nearest ancestor quarantined for its own key. */
    PendingRecord quarantinedAncestor() {
        for (PendingRecord p = parent; p != null; p = p.parent) {
            if (p.keyUnusable) {
                return p;
            }
        }
        return null;
    }
}
