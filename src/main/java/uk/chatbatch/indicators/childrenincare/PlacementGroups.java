package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.model.table.TableRecord;

/** The placement groups of {@link uk.chatbatch.model.PlacementGroups} as an Annex A List 8 breakdown. */
final class PlacementGroups {

    /** What each group holds, for definitions. */
    static final String DESCRIPTION = uk.chatbatch.model.PlacementGroups.DESCRIPTION
            + ", then unknown for a placement type that was blank or not recognised";

    private PlacementGroups() {
    }

    static Breakdown<TableRecord> breakdown() {
        List<String> groups = new ArrayList<>(uk.chatbatch.model.PlacementGroups.GROUPS);
        groups.add(Breakdown.UNKNOWN);
        return new Breakdown<>(uk.chatbatch.model.PlacementGroups.NAME, groups, r -> Objects.requireNonNullElse(
                uk.chatbatch.model.PlacementGroups.group(r.text(PLACEMENT_TYPE)), Breakdown.UNKNOWN));
    }
}
