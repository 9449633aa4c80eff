package uk.chatbatch.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.chatbatch.annexa.CodeList;
import uk.chatbatch.ssda903.Ssda903CodeList;

/**
 * Puts the official label beside a code wherever the report prints a breakdown group ("E4A: Returned home -
 * planned", "N1: Abuse or neglect"), so no code appears without its meaning. A breakdown's code list is known
 * from its name (as the indicator definitions spell it). Where the name says nothing of a list ("reason",
 * "child arrangements orders"), a group shaped like a code (G4, RD2, E41) takes the label of the one Annex A list
 * (else the one SSDA903 list) that has it; a code two lists share, or a group that is not a code, is printed as it
 * is.
 */
final class CodeLabels {

    /** Breakdown name (or its start) to the Annex A code list and the SSDA903 one with the same codes. */
    private static final List<Map.Entry<String, Lists>> BY_BREAKDOWN = List.of(
            Map.entry("accommodation type", new Lists(CodeList.ACCOMMODATION, Ssda903CodeList.ACCOMMODATION)),
            Map.entry("reason ceased", new Lists(CodeList.REASON_CEASED, Ssda903CodeList.REASON_EPISODE_CEASED)),
            Map.entry("placement type", new Lists(CodeList.PLACEMENT_TYPE, Ssda903CodeList.PLACEMENT_TYPE)),
            Map.entry("provider", new Lists(CodeList.PLACEMENT_PROVIDER, Ssda903CodeList.PLACEMENT_PROVIDER)),
            Map.entry("legal status", new Lists(CodeList.LEGAL_STATUS, Ssda903CodeList.LEGAL_STATUS)),
            Map.entry("category of need", new Lists(CodeList.NEED, Ssda903CodeList.CATEGORY_OF_NEED)),
            Map.entry("primary need", new Lists(CodeList.NEED, Ssda903CodeList.CATEGORY_OF_NEED)),
            Map.entry("initial category", new Lists(CodeList.ABUSE, null)),
            Map.entry("latest category", new Lists(CodeList.ABUSE, null)),
            Map.entry("reason for closure", new Lists(CodeList.CLOSURE, null)),
            Map.entry("activity", new Lists(CodeList.ACTIVITY, Ssda903CodeList.ACTIVITY)),
            Map.entry("source", new Lists(CodeList.SOURCE, null)),
            Map.entry("ethnicity", new Lists(CodeList.ETHNICITY, Ssda903CodeList.ETHNIC)));

    /** Letters then digits, as the official codes are: N1, E4A, RD2, PR0, OC2 (never "1", "Yes" or "M"). */
    private static final Pattern CODE_SHAPED = Pattern.compile("[A-Z]{1,3}[0-9]{1,2}[A-Z]?");

    private record Lists(CodeList annexA, Ssda903CodeList ssda903) {
    }

    private CodeLabels() {
    }

    /** "E4A: Returned home - planned" for a code of the breakdown's list; the group unchanged otherwise. */
    static String labelled(String breakdown, String group) {
        return label(breakdown, group).map(label -> group + ": " + label).orElse(group);
    }

    static Optional<String> label(String breakdown, String group) {
        String name = breakdown.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Lists> e : BY_BREAKDOWN) {
            if (!name.startsWith(e.getKey())) {
                continue;
            }
            Lists lists = e.getValue();
            if (lists.annexA().codes().contains(group)) {
                String label = lists.annexA().label(group);
                return label.equals(group) ? Optional.empty() : Optional.of(label);
            }
            if (lists.ssda903() != null) {
                return lists.ssda903().code(group).map(Ssda903CodeList.Code::label);
            }
            return Optional.empty();
        }
        return byCodeAlone(group);
    }

    /** The label of a code-shaped group that exactly one list has (Annex A's first, then SSDA903's). */
    static Optional<String> byCodeAlone(String group) {
        if (!CODE_SHAPED.matcher(group).matches()) {
            return Optional.empty();
        }
        Set<String> annexA = new LinkedHashSet<>();
        for (CodeList list : CodeList.values()) {
            if (list.codes().contains(group) && !list.label(group).equals(group)) {
                annexA.add(list.label(group));
            }
        }
        if (!annexA.isEmpty()) {
            return annexA.size() == 1 ? Optional.of(annexA.iterator().next()) : Optional.empty();
        }
        Set<String> ssda903 = new LinkedHashSet<>();
        for (Ssda903CodeList list : Ssda903CodeList.values()) {
            list.code(group).ifPresent(c -> ssda903.add(c.label()));
        }
        return ssda903.size() == 1 ? Optional.of(ssda903.iterator().next()) : Optional.empty();
    }
}
