package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DECOM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.chatbatch.ssda903.Ssda903Record;

/**
 * One child's kept SSDA903 episodes in order of start (DECOM), across every collection year supplied, as DfE's
 * episode-sequence rules read them: each episode is compared with the one that started just before it. DECOM is
 * unique within a child (a second row with the same CHILD and DECOM is quarantined or superseded at ingest).
 */
record ChildEpisodes(List<Ssda903Record> episodes) {

    /** Every child's episodes, in order of child identifier. */
    static List<ChildEpisodes> of(List<Ssda903Record> episodeRows) {
        Map<String, List<Ssda903Record>> byChild = new TreeMap<>();
        for (Ssda903Record row : episodeRows) {
            if (row.date(DECOM) != null) {
                byChild.computeIfAbsent(row.child(), c -> new ArrayList<>()).add(row);
            }
        }
        List<ChildEpisodes> children = new ArrayList<>();
        byChild.values().forEach(rows -> {
            rows.sort(Comparator.comparing((Ssda903Record r) -> r.date(DECOM)));
            children.add(new ChildEpisodes(List.copyOf(rows)));
        });
        return children;
    }
}
