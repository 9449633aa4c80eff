package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.chatbatch.indicators.Breakdown;

/**
 * A breakdown over whatever an SSDA903 indicator counts (children, periods of care, OC3 rows): a name as the
 * definition declares it, every group in order, and which group each item falls in. Every group is reported,
 * zero included.
 */
public record Grouping<T>(String name, List<String> groups, Function<T, String> classifier) {

    public Grouping {
        groups = List.copyOf(groups);
    }

    /** Every code of a list in order, then unknown for a blank code or one not in the list. */
    public static <T> Grouping<T> codes(String name, List<String> codes, Function<T, String> code) {
        List<String> groups = new ArrayList<>(codes);
        groups.add(Breakdown.UNKNOWN);
        return new Grouping<>(name, groups, item -> {
            String c = code.apply(item);
            return c != null && codes.contains(c) ? c : Breakdown.UNKNOWN;
        });
    }

    public Map<String, Long> tally(List<T> items) {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups.forEach(g -> counts.put(g, 0L));
        for (T item : items) {
            String group = classifier.apply(item);
            if (!counts.containsKey(group)) {
                throw new IllegalStateException("breakdown " + name + " put an item in \"" + group
                        + "\", which is not one of " + groups);
            }
            counts.merge(group, 1L, Long::sum);
        }
        return counts;
    }
}
