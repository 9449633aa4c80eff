package uk.chatbatch.indicators.childrenincare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.model.PlacementGroups;

/** The placement groups of {@link PlacementGroups} as a grouping of SSDA903 placement types. */
public final class PlacementTypeGroups {

    /** What each group holds, for definitions. */
    public static final String DESCRIPTION = PlacementGroups.DESCRIPTION + ", then unknown for a blank placement type";

    private PlacementTypeGroups() {
    }

    public static <T> Breakdown<T> grouping(Function<T, String> placementType) {
        List<String> groups = new ArrayList<>(PlacementGroups.GROUPS);
        groups.add(Breakdown.UNKNOWN);
        return new Breakdown<>(PlacementGroups.NAME, groups, item -> Objects.requireNonNullElse(
                PlacementGroups.group(placementType.apply(item)), Breakdown.UNKNOWN));
    }
}
