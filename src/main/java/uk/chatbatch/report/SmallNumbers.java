package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.disclosure.Cell;
import uk.chatbatch.disclosure.DisclosureException;
import uk.chatbatch.disclosure.ProtectedBreakdown;
import uk.chatbatch.disclosure.Reason;
import uk.chatbatch.disclosure.SmallNumberRule;
import uk.chatbatch.indicators.Unit;

/**
 * The shareable report's use of {@link SmallNumberRule}: which of a result's figures are judged as counts and
 * which as percentages, and the rule applied to the headline and to each breakdown against it. The rule itself
 * lives in {@code uk.chatbatch.disclosure}, shared with every other shareable output.
 *
 * <p>A rate's base is the LA's child population, which identifies no one, so only its count is judged. A
 * percentage given without the number it is out of cannot be judged: that, like any fault in the rule, throws
 * {@link SuppressionFailedException}, and the shareable report is not written.
 */
final class SmallNumbers {

    static final int THRESHOLD = SmallNumberRule.THRESHOLD;
    static final String SHOWN_AS = SmallNumberRule.SHOWN_AS;

    /** The rule as the report states it, once, in the notes (the cover points there). */
    static final String RULE = "In this shareable version, a" + SmallNumberRule.STATEMENT.substring(1) + " Changes since the"
            + " last period are not shown where either period's figure is withheld. Team and worker breakdowns are"
            + " left out.";

    private SmallNumbers() {
    }

    static boolean isSmall(long n) {
        return SmallNumberRule.isSmall(n);
    }

    /** Rule 1 for one figure of an indicator measured in {@code unit}. */
    static boolean withheld(String id, Shown v, Unit unit) {
        return judged(() -> SmallNumberRule.judge(id, cell(id, v, unit)).withheld());
    }

    /** The headline and every breakdown of one result, with the rule applied. */
    static ShownResult apply(ShownResult result) {
        if (!result.isComputed() && result.headline().isEmpty() && result.breakdowns().isEmpty()) {
            return result;
        }
        Unit unit = result.metadata().unit();
        String id = result.id();
        Optional<Shown> headline = result.headline().map(h -> withheld(id, h, unit) ? h.withheld() : h);
        boolean totalShown = headline.map(h -> !h.suppressed()).orElse(true);
        List<ShownResult.Breakdown> breakdowns = new ArrayList<>();
        for (ShownResult.Breakdown b : result.breakdowns()) {
            ProtectedBreakdown p = judged(() -> SmallNumberRule.protect(id, b.name(),
                    b.values().stream().map(v -> cell(id, v, unit)).toList(), totalShown));
            List<Shown> values = new ArrayList<>();
            for (int i = 0; i < b.values().size(); i++) {
                Shown v = b.values().get(i);
                values.add(p.groups().get(i).withheld() ? v.withheld() : v);
            }
            List<String> secondary = p.groups().stream().filter(d -> d.reason() == Reason.COMPLEMENT)
                    .map(d -> d.cell().group()).toList();
            breakdowns.add(new ShownResult.Breakdown(b.name(), values, p.wholeWithheld(), secondary));
        }
        return new ShownResult(result.metadata(), result.status(), result.message(), headline, breakdowns);
    }

    private static Cell cell(String id, Shown v, Unit unit) {
        if (v.denominator() == null) {
            if (unit == Unit.PERCENT) {
                throw new DisclosureException(id, "a percentage for " + v.group() + " without the number it is out of");
            }
            return Cell.count(v.group(), v.numerator());
        }
        return unit == Unit.RATE_PER_10000 ? Cell.count(v.group(), v.numerator())
                : Cell.outOf(v.group(), v.numerator(), v.denominator());
    }

    private static <T> T judged(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DisclosureException e) {
            throw new SuppressionFailedException(e);
        }
    }
}
