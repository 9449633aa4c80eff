package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.disclosure.Reason;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

/**
 * An indicator's figures exactly as the shareable report shows them, for other shareable outputs (the shareable
 * indicators dataset): the same breakdowns (none that names staff, an age/sex pyramid in bands) and the same
 * small-number decisions, because they come from the same {@link VariantView}, each with the rule's reason.
 */
public final class ShareableFigures {

    /**
     * One figure: its numbers when shown, all three empty when withheld.
     *
     * @param reason {@link Reason#SHOWN}, or why the small-number rule withholds it
     */
    public record Figure(String breakdown, String group, Long numerator, Long denominator, Double value,
                         Reason reason) {
    }

    private ShareableFigures() {
    }

    /**
     * The whole-population figure first, then each breakdown the shareable report keeps, in the report's order.
     *
     * @throws SuppressionFailedException when the rule cannot judge a figure (the caller must then withhold)
     */
    public static List<Figure> of(IndicatorResult result) {
        ShownResult shown = new VariantView(ReportVariant.SHAREABLE).show(result);
        List<Figure> figures = new ArrayList<>();
        shown.headline().ifPresent(h -> figures.add(figure(IndicatorValue.ALL, h,
                h.suppressed() ? Reason.FEW : Reason.SHOWN)));
        for (ShownResult.Breakdown b : shown.breakdowns()) {
            for (Shown v : b.values()) {
                figures.add(figure(b.name(), v, reason(shown, b, v)));
            }
        }
        return figures;
    }

    /** The rule's own reason: a withheld figure is small itself, or protects a small one, or is part of a whole. */
    private static Reason reason(ShownResult shown, ShownResult.Breakdown b, Shown v) {
        if (!v.suppressed()) {
            return Reason.SHOWN;
        }
        if (SmallNumbers.withheld(shown.id(), v, shown.metadata().unit())) {
            return Reason.FEW;
        }
        return b.secondary().contains(v.group()) ? Reason.COMPLEMENT : Reason.WHOLE_BREAKDOWN;
    }

    private static Figure figure(String breakdown, Shown v, Reason reason) {
        return reason.withheld() ? new Figure(breakdown, v.group(), null, null, null, reason)
                : new Figure(breakdown, v.group(), v.numerator(), v.denominator(), v.value(), reason);
    }
}
