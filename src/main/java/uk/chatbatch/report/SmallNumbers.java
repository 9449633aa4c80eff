package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

/**
 * The shareable report's small-number rule. A figure is withheld, and printed as {@value #SHOWN_AS}, when
 * <ol>
 *   <li>it counts 1 to 4 children or records; or</li>
 *   <li>it is a percentage (or a share of a measured group) whose count, whose base, or the difference
 *       between them is 1 to 4, since each of those could be worked out from what is printed; or</li>
 *   <li>it is a rate or a median of 1 to 4 children or records; or</li>
 *   <li>it is the only figure withheld in its breakdown: then the smallest other figure of that breakdown
 *       that is not zero is withheld too, so the first cannot be worked out by taking the others from the
 *       total.</li>
 * </ol>
 * Zero is shown: it says nothing about any one child. A rate's base is the LA's child population, which is
 * not small. The rule works within each breakdown; where two breakdowns nest (ethnic group and ethnicity
 * code), a withheld code could still be narrowed down to a sum of at least two, never to one child.
 *
 * <p>Anything the rule cannot be applied to (a percentage without a base, a negative count, a count larger
 * than its base, a withheld group that cannot be protected) throws {@link SuppressionFailedException}, and the
 * shareable report is not written.
 */
final class SmallNumbers {

    static final int THRESHOLD = 5;
    static final String SHOWN_AS = "<" + THRESHOLD;

    /** The rule as the report states it. */
    static final String RULE = "In this shareable version, any figure based on 1 to " + (THRESHOLD - 1)
            + " children or records is shown as " + SHOWN_AS + ". A percentage is withheld when the number it"
            + " counts, the number it is out of, or the difference between them is 1 to " + (THRESHOLD - 1)
            + "; where only one group of a breakdown would be withheld, the next smallest is withheld too, so"
            + " the first cannot be worked out from the total. Zero is shown. Changes since the last period are"
            + " not shown where either period's figure is withheld. Team and worker breakdowns are left out.";

    private SmallNumbers() {
    }

    static boolean isSmall(long n) {
        return n >= 1 && n < THRESHOLD;
    }

    /** Rules 1 to 3 for one figure of an indicator measured in {@code unit}. */
    static boolean withheld(String id, Shown v, Unit unit) {
        if (v.numerator() < 0) {
            throw new SuppressionFailedException(id + " has a negative count (" + v.numerator() + ") for "
                    + v.group());
        }
        if (isSmall(v.numerator())) {
            return true;
        }
        if (v.denominator() == null) {
            if (unit == Unit.PERCENT) {
                throw new SuppressionFailedException(id + " gives a percentage for " + v.group()
                        + " without the number it is out of");
            }
            return false;
        }
        if (unit == Unit.RATE_PER_10000 && (v.group().equals(IndicatorValue.ALL) || isRateBasis(v))) {
            return false;
        }
        long base = v.denominator();
        if (base < v.numerator()) {
            throw new SuppressionFailedException(id + " counts " + v.numerator() + " out of " + base + " for "
                    + v.group());
        }
        return isSmall(base) || isSmall(base - v.numerator());
    }

    /** The headline and every breakdown of one result, with rules 1 to 4 applied. */
    static ShownResult apply(ShownResult result) {
        if (!result.isComputed() && result.headline().isEmpty() && result.breakdowns().isEmpty()) {
            return result;
        }
        Unit unit = result.metadata().unit();
        String id = result.id();
        Optional<Shown> headline = result.headline().map(h -> withheld(id, h, unit) ? h.withheld() : h);
        List<ShownResult.Breakdown> breakdowns = new ArrayList<>();
        for (ShownResult.Breakdown b : result.breakdowns()) {
            breakdowns.add(protect(id, b, unit, headline));
        }
        return new ShownResult(result.metadata(), result.status(), result.message(), headline, breakdowns);
    }

    private static ShownResult.Breakdown protect(String id, ShownResult.Breakdown breakdown, Unit unit,
                                                 Optional<Shown> headline) {
        List<Shown> values = new ArrayList<>();
        for (Shown v : breakdown.values()) {
            values.add(withheld(id, v, unit) ? v.withheld() : v);
        }
        long withheld = values.stream().filter(Shown::suppressed).count();
        if (withheld == 1 && values.size() > 1) {
            Optional<Shown> next = values.stream().filter(v -> !v.suppressed() && v.numerator() > 0)
                    .min(Comparator.comparingLong(Shown::numerator).thenComparingLong(Shown::basis));
            if (next.isEmpty()) {
                next = values.stream().filter(v -> !v.suppressed() && v.basis() > 0)
                        .min(Comparator.comparingLong(Shown::basis));
            }
            if (next.isPresent()) {
                int at = values.indexOf(next.get());
                values.set(at, next.get().withheld());
            } else if (headline.isPresent() && !headline.get().suppressed()) {
                throw new SuppressionFailedException(id + ": the one withheld group of " + breakdown.name()
                        + " could be worked out from the total, and no other group can be withheld with it");
            }
        }
        return new ShownResult.Breakdown(breakdown.name(), values);
    }

    private static boolean isRateBasis(Shown v) {
        return RatePer10000Children.isBasis(v.group());
    }
}
