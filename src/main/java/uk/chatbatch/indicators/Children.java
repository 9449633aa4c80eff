package uk.chatbatch.indicators;

import java.util.ArrayList;
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
        Set<TableRecord> preferredSet = Set.copyOf(preferred);
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
}
