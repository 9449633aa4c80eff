package uk.chatbatch.disclosure;

import java.util.List;

/**
 * A breakdown's groups with the rule applied, in their original order.
 *
 * @param wholeWithheld every group is withheld because one small group could not be protected otherwise; the
 *                      total is left as it is, and a caption should say so
 */
public record ProtectedBreakdown(String name, List<Decision> groups, boolean wholeWithheld) {

    public ProtectedBreakdown {
        groups = List.copyOf(groups);
    }

    public long withheldCount() {
        return groups.stream().filter(Decision::withheld).count();
    }
}
