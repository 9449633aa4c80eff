package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

/**
 * What each variant of the report may show of a result. The internal report shows everything. The shareable
 * one leaves out breakdowns that name staff (team, worker, personal adviser), groups an age/sex pyramid's
 * single years into bands (so fewer groups fall under the threshold), and then applies {@link SmallNumbers}.
 * Child identifiers never reach a page in either variant: the drill-down is not read.
 */
final class VariantView {

    /** Separates age and gender in an age/sex pyramid breakdown's values: "7 / female". */
    static final String CROSS = " / ";

    /** Bands the shareable pyramid uses instead of single years (DfE's, then care leavers' ages). */
    static final List<String> PYRAMID_BANDS = List.of("under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17",
            "18 to 21", "22 to 25", "26 and over", "unknown");

    private final ReportVariant variant;

    VariantView(ReportVariant variant) {
        this.variant = variant;
    }

    private ShownResult shown(IndicatorResult result) {
        Optional<Shown> headline = result.headline().map(Shown::of);
        Map<String, List<Shown>> byName = new LinkedHashMap<>();
        for (IndicatorValue v : result.values()) {
            if (!v.isWholePopulation()) {
                byName.computeIfAbsent(v.breakdown(), k -> new ArrayList<>()).add(Shown.of(v));
            }
        }
        List<ShownResult.Breakdown> breakdowns = new ArrayList<>();
        for (Map.Entry<String, List<Shown>> e : byName.entrySet()) {
            if (!variant.isInternal() && namesStaff(result.metadata(), e.getKey())) {
                continue;
            }
            List<Shown> values = e.getValue();
            if (!variant.isInternal() && isPyramid(values)) {
                values = banded(values);
            }
            breakdowns.add(new ShownResult.Breakdown(e.getKey(), values));
        }
        ShownResult shown = new ShownResult(result.metadata(), result.status(), result.message(), headline, breakdowns);
        return variant.isInternal() ? shown : SmallNumbers.apply(shown);
    }

    /** What the shareable report may show, where any fault of the privacy step stops the shareable report. */
    ShownResult show(IndicatorResult result) {
        if (variant.isInternal()) {
            return shown(result);
        }
        try {
            return shown(result);
        } catch (SuppressionFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SuppressionFailedException(new uk.chatbatch.disclosure.DisclosureException(
                    result.metadata().id(), "the small-number step failed (" + e + ")", e));
        }
    }

    /** A value from an earlier period's result, for a trend: the whole-population figure only. */
    Optional<Shown> headline(IndicatorResult result) {
        if (result.status() != uk.chatbatch.indicators.IndicatorStatus.COMPUTED) {
            return Optional.empty();
        }
        Optional<Shown> headline = result.headline().map(Shown::of);
        if (variant.isInternal()) {
            return headline;
        }
        return headline.map(h -> SmallNumbers.withheld(result.metadata().id(), h, result.metadata().unit())
                ? h.withheld() : h);
    }

    /** Team, worker, personal adviser: breakdowns whose groups are named people or the teams they sit in, as declared. */
    static boolean namesStaff(IndicatorMetadata metadata, String breakdown) {
        return metadata.namesStaff(breakdown);
    }

    /** Values such as "7 / female": an age crossed with gender. */
    static boolean isPyramid(List<Shown> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> v.group().contains(CROSS));
    }

    static String age(Shown v) {
        return v.group().substring(0, v.group().indexOf(CROSS));
    }

    static String gender(Shown v) {
        return v.group().substring(v.group().indexOf(CROSS) + CROSS.length());
    }

    /** Single years summed into {@link #PYRAMID_BANDS}, gender kept; counts only, so a percentage base is kept. */
    static List<Shown> banded(List<Shown> values) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        List<String> genders = new ArrayList<>();
        for (Shown v : values) {
            if (!genders.contains(gender(v))) {
                genders.add(gender(v));
            }
        }
        for (String band : PYRAMID_BANDS) {
            for (String g : genders) {
                sums.put(band + CROSS + g, new long[2]);
            }
        }
        Long base = null;
        for (Shown v : values) {
            long[] sum = sums.get(band(age(v)) + CROSS + gender(v));
            sum[0] += v.numerator();
            base = v.denominator();
        }
        List<Shown> banded = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long n = e.getValue()[0];
            Double value = base == null ? Double.valueOf(n) : base == 0 ? null : 100.0 * n / base;
            banded.add(new Shown(e.getKey(), n, base, value, false));
        }
        return banded;
    }

    static String band(String age) {
        if (!age.chars().allMatch(Character::isDigit) || age.isEmpty()) {
            return age.startsWith("26") ? "26 and over" : "unknown";
        }
        int a = Integer.parseInt(age);
        if (a < 1) {
            return "under 1";
        }
        if (a <= 4) {
            return "1 to 4";
        }
        if (a <= 9) {
            return "5 to 9";
        }
        if (a <= 15) {
            return "10 to 15";
        }
        if (a <= 17) {
            return "16 to 17";
        }
        return a <= 21 ? "18 to 21" : a <= 25 ? "22 to 25" : "26 and over";
    }
}
