package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DECOM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.chatbatch.model.table.TableRecord;

/**
 * Consecutive SSDA903 episodes of one child, as DfE's episode-sequence rules (501, 142, 433) read them: each child's
 * kept episodes across every collection year supplied, in order of start (DECOM), each compared with the one that
 * started just before it. DECOM is unique within a child (a second row with the same CHILD and DECOM is quarantined
 * or superseded at ingest).
 *
 * @param previous the episode that started just before
 * @param next     the episode after it
 */
record ChildEpisodes(TableRecord previous, TableRecord next) {

    /** Every pair of consecutive episodes, child by child in identifier order, each child's in order of start. */
    static List<ChildEpisodes> consecutive(List<TableRecord> episodeRows) {
        Map<String, List<TableRecord>> byChild = new TreeMap<>();
        for (TableRecord row : episodeRows) {
            if (row.date(DECOM) != null) {
                byChild.computeIfAbsent(row.childId(), c -> new ArrayList<>()).add(row);
            }
        }
        List<ChildEpisodes> pairs = new ArrayList<>();
        for (List<TableRecord> rows : byChild.values()) {
            rows.sort(Comparator.comparing((TableRecord r) -> r.date(DECOM)));
            for (int i = 1; i < rows.size(); i++) {
                pairs.add(new ChildEpisodes(rows.get(i - 1), rows.get(i)));
            }
        }
        return pairs;
    }
}
