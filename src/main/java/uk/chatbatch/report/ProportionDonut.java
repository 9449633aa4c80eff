package uk.chatbatch.report;

import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Unit;

/** DON: a percentage's count against the rest of its base, the percentage in the centre. */
final class ProportionDonut {

    private ProportionDonut() {
    }

    /** Empty when the indicator is not a percentage with a base (the caller draws its first breakdown instead). */
    static Optional<Figure> of(ShownResult r) {
        IndicatorMetadata m = r.metadata();
        Optional<Shown> h = r.headline();
        if (h.isEmpty() || h.get().denominator() == null || m.unit() != Unit.PERCENT) {
            return Optional.empty();
        }
        Shown v = h.get();
        String yes = Formats.capitalised(m.numerator());
        String no = "Other " + m.denominator();
        if (v.suppressed()) {
            DonutData data = new DonutData(List.of(yes, no), List.of(0L, 0L),
                    List.of(SmallNumbers.SHOWN_AS, SmallNumbers.SHOWN_AS), SmallNumbers.SHOWN_AS, "withheld", true);
            return Optional.of(new Figure(r.id(), FigureText.title(r, ""), data, yes + ": withheld under the"
                    + " small-number rule (a count behind it is fewer than " + SmallNumbers.THRESHOLD + ").", true));
        }
        long rest = v.denominator() - v.numerator();
        String centre = v.value() == null ? "no cases" : Formats.percent(v.value());
        DonutData data = new DonutData(List.of(yes, no), List.of(v.numerator(), rest),
                List.of(Formats.count(v.numerator()), Formats.count(rest)), centre,
                Formats.ofTotal(v.numerator(), v.denominator()), false);
        String caption = Formats.count(v.numerator()) + " of " + Formats.count(v.denominator()) + " "
                + m.denominator() + (v.value() == null ? "" : " (" + Formats.percent(v.value()) + ")") + ": "
                + m.numerator() + "; the other " + Formats.count(rest) + " were not.";
        return Optional.of(new Figure(r.id(), FigureText.title(r, ""), data, caption, true));
    }
}
