package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.MISSING;
import static uk.chatbatch.ssda903.Ssda903Field.MIS_START;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The Missing table read against the children looked after in the 12 months ending on the period end (CLA-11-903
 * to CLA-13-903): who was looked after at some time in the window other than under short breaks, and which of the
 * Missing rows of one type (M missing, A away without authorisation) started in the window.
 */
public final class MissingFromPlacement {

    public static final String MISSING_CODE = "M";
    public static final String AWAY_CODE = "A";

    /** A child looked after in the window, with their latest episode in it (for the drill-down) and their incidents. */
    public record Child(CareHistory history, CareEpisode episode, List<TableRecord> incidents) {

        boolean hadIncident() {
            return !incidents.isEmpty();
        }
    }

    private MissingFromPlacement() {
    }

    /** Every child looked after in the window, in order of child, with the incidents of the type starting in it. */
    public static List<Child> lookedAfterDuring(InputData data, Window window, String type) {
        Map<String, List<TableRecord>> incidents = new TreeMap<>();
        for (TableRecord row : data.returns().ssda903(Ssda903Table.MISSING)) {
            if (type.equals(row.text(MISSING)) && window.contains(row.date(MIS_START))) {
                incidents.computeIfAbsent(row.childId(), c -> new ArrayList<>()).add(row);
            }
        }
        List<Child> children = new ArrayList<>();
        for (CareHistory history : ChildrenLookedAfter.histories(data)) {
            history.episodes().stream().filter(e -> !e.shortBreak() && e.during(window))
                    .max(Comparator.comparing(CareEpisode::start))
                    .ifPresent(e -> children.add(new Child(history, e,
                            incidents.getOrDefault(history.child(), List.of()).stream()
                                    .sorted(Comparator.comparing(r -> r.date(MIS_START))).toList())));
        }
        return children;
    }
}
