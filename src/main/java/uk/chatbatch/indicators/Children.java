package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.chatbatch.model.table.TableRecord;

/** From records to children, for indicators that count each child once as ChAT does. */
final class Children {

    private Children() {
    }

    /**
     * One record per child (by identifier) of the population, in the population's order: the child's first
     * record among the preferred ones, else its first record.
     */
    static List<TableRecord> describedBy(List<TableRecord> population, List<TableRecord> preferred) {
        Set<TableRecord> preferredSet = identitySet(preferred);
        Map<String, TableRecord> byChild = new LinkedHashMap<>();
        for (TableRecord record : population) {
            String child = Objects.requireNonNullElse(record.childId(), "");
            TableRecord kept = byChild.get(child);
            if (kept == null || (!preferredSet.contains(kept) && preferredSet.contains(record))) {
                byChild.put(child, record);
            }
        }
        return new ArrayList<>(byChild.values());
    }

    /**
     * The records as a set of those very records: each record read is its own (two rows with the same values are
     * still two records), and membership by identity needs no hashing of a record's values.
     */
    static Set<TableRecord> identitySet(Collection<TableRecord> records) {
        Set<TableRecord> set = Collections.newSetFromMap(new IdentityHashMap<>(records.size() * 2));
        set.addAll(records);
        return set;
    }
}
