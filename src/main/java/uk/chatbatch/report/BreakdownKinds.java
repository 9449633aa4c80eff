package uk.chatbatch.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.OptionalInt;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.DeclaredBreakdown;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

/**
 * What kind of breakdown a figure is drawn from, and where a duration-band chart's bands end and its statutory
 * bound lies: the one place the report decides these. They come from the indicator's metadata, the breakdown's
 * declared {@link BreakdownKind} and {@link uk.chatbatch.indicators.BandSet}; a breakdown declared only by name
 * (kind GROUPS, as metadata built without the annotation has) is read from its name and groups as before.
 */
final class BreakdownKinds {

    static final String MONTH = "month";
    static final String QUARTILE = "quartile";
    static final String UNKNOWN = "unknown";

    /** The statutory timescales in working days that a working-day band chart marks, by the list it is on. */
    static final Map<AnnexAList, Integer> WORKING_DAY_TIMESCALES = Map.of(
            AnnexAList.ASSESSMENTS, 45,
            AnnexAList.SECTION_47, 15);

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private BreakdownKinds() {
    }

    /** Team, worker, personal adviser, as declared: drawn as staff tables of their own, never in the shareable report. */
    static boolean namesStaff(ShownResult r, String breakdown) {
        return r.metadata().namesStaff(breakdown);
    }

    /** The breakdown's declared kind where it says more than "groups". */
    private static Optional<DeclaredBreakdown> declared(ShownResult r, ShownResult.Breakdown b) {
        return r.metadata().declaredBreakdown(b.name()).filter(d -> d.kind() != BreakdownKind.GROUPS);
    }

    private static boolean declaredAs(ShownResult r, ShownResult.Breakdown b, BreakdownKind kind) {
        return declared(r, b).map(d -> d.kind() == kind).orElse(false);
    }

    /** Breakdowns a chart or table may use: not staff, not a rate's basis, not quartiles. */
    static List<ShownResult.Breakdown> usable(ShownResult r) {
        return r.breakdowns().stream().filter(b -> !namesStaff(r, b.name()))
                .filter(b -> !b.name().equals(RatePer10000Children.BASIS) && !b.name().equals(QUARTILE)).toList();
    }

    static boolean isMonth(ShownResult.Breakdown b) {
        return b.name().equals(MONTH);
    }

    /**
     * Whether the groups are parts of one whole (counts, or percentages over the same base), so that bars sorted
     * by size and labelled with shares of the whole read right; groups each over their own base (DQ-01's lists,
     * each a percentage of its own rows) are not, and are drawn as a table of values and bases.
     */
    static boolean isPartsOfOneWhole(ShownResult.Breakdown b) {
        return b.values().stream().map(Shown::denominator).filter(java.util.Objects::nonNull).distinct().count() <= 1;
    }

    /** Groups such as "7 / female": an age crossed with gender. */
    static boolean isPyramid(ShownResult r, ShownResult.Breakdown b) {
        return declaredAs(r, b, BreakdownKind.AGE_AND_GENDER) || VariantView.isPyramid(b.values());
    }

    static boolean isEthnicity(ShownResult r, ShownResult.Breakdown b) {
        return declaredAs(r, b, BreakdownKind.ETHNICITY) || b.name().toLowerCase(Locale.ROOT).contains("ethnic");
    }

    /**
     * Duration bands: groups that read as ranges ("same day", "1 to 10", "61 and over", "under 3 months"), and
     * for a median indicator rows that are shares of those measured (its other groups carry their own median).
     */
    static boolean isBands(ShownResult r, ShownResult.Breakdown b) {
        if (declaredAs(r, b, BreakdownKind.BANDS)) {
            return true;
        }
        if (isMonth(b) || declared(r, b).isPresent()) {
            return false;
        }
        List<Shown> groups = b.values().stream().filter(v -> !v.group().equalsIgnoreCase(UNKNOWN)).toList();
        return groups.size() >= 2 && groups.stream().allMatch(v -> v.group().equalsIgnoreCase("same day")
                || NUMBER.matcher(v.group()).find())
                && (r.metadata().unit() != Unit.DAYS || groups.stream().allMatch(v -> v.denominator() != null));
    }

    /** The statutory timescale a band chart of working days marks (45 for assessments, 15 for section 47). */
    static Optional<Integer> timescale(ShownResult r, ShownResult.Breakdown b) {
        Optional<DeclaredBreakdown> bands = declared(r, b).filter(d -> d.kind() == BreakdownKind.BANDS);
        if (bands.isPresent()) {
            OptionalInt declared = bands.get().bandSet().timescaleWorkingDays();
            return declared.isPresent() ? Optional.of(declared.getAsInt()) : Optional.empty();
        }
        // an indicator from a return has no Annex A list (source null), and Map.of refuses a null key
        AnnexAList source = r.metadata().source();
        if (source == null || !b.name().toLowerCase(Locale.ROOT).contains("working day")) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORKING_DAY_TIMESCALES.get(source));
    }

    /** A band's upper end: as its declared band set bounds it, else read from its label ({@link #upper(String)}). */
    static Integer upper(ShownResult r, ShownResult.Breakdown b, String label) {
        Optional<Breakdown.Band> band = declared(r, b).stream().flatMap(d -> d.bands().stream())
                .filter(x -> x.label().equalsIgnoreCase(label)).findFirst();
        if (band.isPresent()) {
            return band.get().upper() == Integer.MAX_VALUE ? null : band.get().upper();
        }
        return upper(label);
    }

    /** The upper end of a band label ("41 to 45" → 45, "same day" → 0), or null for an open or unreadable band. */
    static Integer upper(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("same day")) {
            return 0;
        }
        if (l.contains("over") || l.contains("+") || l.contains("more")) {
            return null;
        }
        Matcher m = NUMBER.matcher(l);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group());
        }
        if (last != null && l.startsWith("under")) {
            return last - 1;
        }
        return last;
    }
}
