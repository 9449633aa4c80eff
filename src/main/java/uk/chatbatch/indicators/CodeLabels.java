package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.model.CodeSets;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.ssda903.Ssda903CodeList;

/**
 * The official label of a code that an indicator's breakdown groups by ("E4A: Returned home - planned", "N1: Abuse or
 * neglect"), so no code appears without its meaning: the report prints it beside each group, and the
 * {@code code_lists} dataset lists every code of each such breakdown. A breakdown's code list is known from its name
 * (as the indicator definitions spell it: "reason ceased", or "accommodation type, aged 17 to 18"). A name that
 * several indicators give to groups from different lists ("reason", "child arrangements orders") takes its codes from
 * each of those lists ({@link #SHARED_NAMES}: their codes do not overlap). Under any other name, a group shaped like a
 * code (G4, RD2, E41) takes the label of the one Annex A list (else the one SSDA903 list) that has it; a code two
 * lists share, or a group that is not a code, is printed as it is.
 */
public final class CodeLabels {

    /** Breakdown name (or its start) to the Annex A code list and the SSDA903 one with the same codes. */
    private static final List<Map.Entry<String, Lists>> BY_BREAKDOWN = List.of(
            Map.entry("accommodation type", new Lists(AnnexACodeList.ACCOMMODATION, Ssda903CodeList.ACCOMMODATION)),
            Map.entry("reason ceased", new Lists(AnnexACodeList.REASON_CEASED, Ssda903CodeList.REASON_EPISODE_CEASED)),
            Map.entry("placement type", new Lists(AnnexACodeList.PLACEMENT_TYPE, Ssda903CodeList.PLACEMENT_TYPE)),
            Map.entry("provider", new Lists(AnnexACodeList.PLACEMENT_PROVIDER, Ssda903CodeList.PLACEMENT_PROVIDER)),
            Map.entry("legal status", new Lists(AnnexACodeList.LEGAL_STATUS, Ssda903CodeList.LEGAL_STATUS)),
            Map.entry("category of need", new Lists(AnnexACodeList.NEED, Ssda903CodeList.CATEGORY_OF_NEED)),
            Map.entry("primary need", new Lists(AnnexACodeList.NEED, Ssda903CodeList.CATEGORY_OF_NEED)),
            Map.entry("initial category", new Lists(AnnexACodeList.ABUSE, null)),
            Map.entry("latest category", new Lists(AnnexACodeList.ABUSE, null)),
            Map.entry("reason for closure", new Lists(AnnexACodeList.CLOSURE, null)),
            Map.entry("activity", new Lists(AnnexACodeList.ACTIVITY, Ssda903CodeList.ACTIVITY)),
            Map.entry("source", new Lists(AnnexACodeList.SOURCE, null)),
            Map.entry("ethnicity", new Lists(AnnexACodeList.ETHNICITY, Ssda903CodeList.ETHNIC)));

    /**
     * Breakdown names that name no one list, each with the lists (and the codes of each) its groups come from: "reason"
     * is ADR-06's reason an adopter left the process (1 to 3, which are not shaped like codes), ADO-08's reason a child
     * is no longer to be placed for adoption (RD1 to RD4) and CL-04's NEET activity (G4 to G6); "child arrangements
     * orders" is SGO-01's reason ceased E41; "factor" is ASM-08's CIN census assessment factors (1A to 24A).
     * {@code CodeLabelsTest} names the indicators that may use these names, so one that adds another list under them
     * is seen.
     */
    static final Map<String, List<Subset>> SHARED_NAMES = Map.of(
            "reason", List.of(Subset.of(AnnexACodeList.ADOPTER_LEAVING_REASON, null),
                    Subset.of(AnnexACodeList.REASON_NO_LONGER_PLACED, null),
                    Subset.of(AnnexACodeList.ACTIVITY, CodeSets.NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING)),
            "child arrangements orders", List.of(Subset.of(AnnexACodeList.REASON_CEASED,
                    List.of(CodeSets.CHILD_ARRANGEMENTS_ORDER))),
            "factor", List.of(Subset.of(CinCodeList.ASSESSMENT_FACTOR)));

    /** The codes a breakdown takes from one list, in the list's order, each with its label. */
    record Subset(Input input, String listName, Map<String, String> labels) {
        /** All of an Annex A list's codes, or only those named. */
        static Subset of(AnnexACodeList list, List<String> only) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (AnnexACodeList.Entry e : list.entries()) {
                if (only == null || only.contains(e.code())) {
                    labels.put(e.code(), e.label());
                }
            }
            return new Subset(Input.ANNEX_A, list.name(), Collections.unmodifiableMap(labels));
        }

        /** All of a CIN census list's codes. */
        static Subset of(CinCodeList list) {
            Map<String, String> labels = new LinkedHashMap<>();
            list.entries().forEach(e -> labels.put(e.code(), e.label()));
            return new Subset(Input.CIN_CENSUS, list.name(), Collections.unmodifiableMap(labels));
        }
    }

    /** The input a code list belongs to, as {@code code_lists} names it in its {@code source} column. */
    public enum Input {
        ANNEX_A, SSDA903, CIN_CENSUS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Letters then digits, as the official codes are: N1, E4A, RD2, PR0, OC2 (never "1", "Yes" or "M"). */
    private static final Pattern CODE_SHAPED = Pattern.compile("[A-Z]{1,3}[0-9]{1,2}[A-Z]?");

    private record Lists(AnnexACodeList annexA, Ssda903CodeList ssda903) {
    }

    /**
     * A code a breakdown's groups can be, with its label and the list it comes from.
     *
     * @param input       the input whose list gives the label (SSDA903's for a code Annex A's list does not have)
     * @param codeList    the list's name, e.g. {@code REASON_CEASED}
     */
    public record BreakdownCode(String code, String label, Input input, String codeList) {
    }

    private CodeLabels() {
    }

    /** "E4A: Returned home - planned" for a code of the breakdown's list; the group unchanged otherwise. */
    public static String labelled(String breakdown, String group) {
        return label(breakdown, group).map(label -> group + ": " + label).orElse(group);
    }

    public static Optional<String> label(String breakdown, String group) {
        Optional<Lists> named = listsOf(breakdown);
        if (named.isEmpty()) {
            for (Subset subset : SHARED_NAMES.getOrDefault(breakdown.toLowerCase(Locale.ROOT), List.of())) {
                if (subset.labels().containsKey(group)) {
                    return Optional.of(subset.labels().get(group));
                }
            }
            return byCodeAlone(group);
        }
        Lists lists = named.get();
        if (lists.annexA().codes().contains(group)) {
            String label = lists.annexA().label(group);
            return label.equals(group) ? Optional.empty() : Optional.of(label);
        }
        if (lists.ssda903() != null) {
            return lists.ssda903().code(group).map(Ssda903CodeList.Code::label);
        }
        return Optional.empty();
    }

    /**
     * Every code a breakdown's name ties to a list, each with the label {@link #label} gives it: Annex A's codes
     * first, then the SSDA903 list's codes Annex A's lacks; for a {@link #SHARED_NAMES} name, the codes it takes from
     * each of its lists. Empty for a breakdown whose name names no list; its groups are labelled one by one, by
     * {@link #byCodeAlone}, and are not listed here.
     */
    public static List<BreakdownCode> codesOf(String breakdown) {
        Optional<Lists> named = listsOf(breakdown);
        if (named.isEmpty()) {
            List<BreakdownCode> codes = new ArrayList<>();
            for (Subset subset : SHARED_NAMES.getOrDefault(breakdown.toLowerCase(Locale.ROOT), List.of())) {
                subset.labels().forEach((code, label) -> codes.add(
                        new BreakdownCode(code, label, subset.input(), subset.listName())));
            }
            return codes;
        }
        Lists lists = named.get();
        List<BreakdownCode> codes = new ArrayList<>();
        for (AnnexACodeList.Entry entry : lists.annexA().entries()) {
            if (!entry.label().equals(entry.code())) {
                codes.add(new BreakdownCode(entry.code(), entry.label(), Input.ANNEX_A, lists.annexA().name()));
            }
        }
        if (lists.ssda903() != null) {
            for (Ssda903CodeList.Code code : lists.ssda903().codes()) {
                if (!lists.annexA().codes().contains(code.code())) {
                    codes.add(new BreakdownCode(code.code(), code.label(), Input.SSDA903, lists.ssda903().name()));
                }
            }
        }
        return codes;
    }

    /**
     * The lists a breakdown's name names: the name itself, or the name then a comma and a qualifier ("accommodation
     * type, aged 17 to 18"); "source group" names no list, since its groups are not codes.
     */
    private static Optional<Lists> listsOf(String breakdown) {
        String name = breakdown.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Lists> e : BY_BREAKDOWN) {
            if (name.equals(e.getKey()) || name.startsWith(e.getKey() + ",")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The label of a code-shaped group that exactly one list has (Annex A's first, then SSDA903's). */
    public static Optional<String> byCodeAlone(String group) {
        if (!CODE_SHAPED.matcher(group).matches()) {
            return Optional.empty();
        }
        Set<String> annexA = new LinkedHashSet<>();
        for (AnnexACodeList list : AnnexACodeList.values()) {
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
