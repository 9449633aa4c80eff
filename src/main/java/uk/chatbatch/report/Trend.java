package uk.chatbatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/**
 * One indicator's whole-population figure over the earlier periods and this one, oldest first, and the
 * change since the last period. A period where the indicator was not computed, or whose figure is
 * withheld, is a gap; the change needs both this period's and the last period's figure.
 */
public record Trend(List<Point> points, Optional<Change> sinceLast) {

    public Trend {
        points = List.copyOf(points);
    }

    /**
     * @param value the figure, empty for a gap
     * @param withheld the figure exists but the shareable report withholds it
     * @param basis what the figure is out of (its denominator, or the cases a median or count rests on);
     *              empty for a gap or a withheld figure, whose basis would give it away
     * @param basisChange why the figure does not rest on the same settings and inputs as the period before's, in
     *                    words; empty when it does (or that is not known)
     */
    public record Point(LocalDate periodEnd, Optional<Double> value, boolean withheld, Optional<Long> basis,
                        Optional<String> basisChange) {

        public Point(LocalDate periodEnd, Optional<Double> value, boolean withheld) {
            this(periodEnd, value, withheld, Optional.empty(), Optional.empty());
        }

        public Point(LocalDate periodEnd, Optional<Double> value, boolean withheld, Optional<Long> basis) {
            this(periodEnd, value, withheld, basis, Optional.empty());
        }

        Point withBasisChange(Optional<String> change) {
            return new Point(periodEnd, value, withheld, basis, change);
        }
    }

    /** The mark beside a period whose basis changed, in tables and charts; the caption says what it means. */
    static final String CHANGED = "†";
    static final String CHANGED_MEANS = CHANGED + " the basis changed from the period before (a setting, or the"
            + " lists or tables read), so the step there may not be a change in the service.";

    public enum Direction { UP, DOWN, SAME }

    public enum Verdict { IMPROVED, WORSENED, NONE }

    /** From the last period to this one, on the rounded figures the report prints, so the two agree. */
    public record Change(LocalDate previousEnd, double previous, double current, double delta, Direction direction,
                  Verdict verdict) {
    }

    static Trend of(ShownResult current, LocalDate periodEnd, List<PeriodResults> history, VariantView view) {
        return of(current, periodEnd, PeriodBasis.UNKNOWN, history, view);
    }

    /** With this period's basis, so a period whose settings or inputs differ from the one before is marked. */
    static Trend of(ShownResult current, LocalDate periodEnd, PeriodBasis basis, List<PeriodResults> history,
                    VariantView view) {
        boolean count = current.headlineUnit() == Unit.COUNT;
        List<Point> points = new ArrayList<>();
        PeriodBasis before = null;
        for (PeriodResults p : history) {
            Optional<Shown> shown = p.indicators().stream().filter(r -> r.metadata().id().equals(current.id()))
                    .findFirst().flatMap(view::headline);
            points.add(point(p.periodEnd(), shown, count).withBasisChange(changed(p.basis(), before, current)));
            before = p.basis();
        }
        points.add(point(periodEnd, current.isComputed() ? current.headline() : Optional.empty(), count)
                .withBasisChange(changed(basis, before, current)));
        Optional<Change> change = Optional.empty();
        if (points.size() >= 2) {
            Point last = points.get(points.size() - 2);
            Point now = points.get(points.size() - 1);
            if (last.value().isPresent() && now.value().isPresent()) {
                change = Optional.of(change(last, now, current.headlineUnit(), current.metadata().polarity()));
            }
        }
        return new Trend(points, change);
    }

    private static Optional<String> changed(PeriodBasis now, PeriodBasis before, ShownResult current) {
        return before == null ? Optional.empty() : now.changeFrom(before, current.metadata());
    }

    /** A period's figure: the value, or for a count (and a share indicator's whole) the number counted. */
    private static Point point(LocalDate end, Optional<Shown> shown, boolean count) {
        if (shown.isEmpty() || (!count && shown.get().value() == null)) {
            return new Point(end, Optional.empty(), false);
        }
        if (shown.get().suppressed()) {
            return new Point(end, Optional.empty(), true);
        }
        return new Point(end, Optional.of(count ? (double) shown.get().numerator() : shown.get().value()), false,
                Optional.of(shown.get().basis()), Optional.empty());
    }

    static Change change(Point last, Point now, Unit unit, Polarity polarity) {
        double previous = Formats.rounded(last.value().orElseThrow(), unit);
        double current = Formats.rounded(now.value().orElseThrow(), unit);
        double delta = Formats.rounded(current - previous, unit);
        Direction direction = delta > 0 ? Direction.UP : delta < 0 ? Direction.DOWN : Direction.SAME;
        Verdict verdict = Verdict.NONE;
        if (direction != Direction.SAME && polarity == Polarity.HIGHER_IS_BETTER) {
            verdict = direction == Direction.UP ? Verdict.IMPROVED : Verdict.WORSENED;
        } else if (direction != Direction.SAME && polarity == Polarity.LOWER_IS_BETTER) {
            verdict = direction == Direction.DOWN ? Verdict.IMPROVED : Verdict.WORSENED;
        }
        return new Change(last.periodEnd(), previous, current, delta, direction, verdict);
    }

    /** Periods with a figure. */
    List<Point> withValues() {
        return points.stream().filter(p -> p.value().isPresent()).toList();
    }

    /** Whether there is anything to draw: at least two periods with a figure. */
    boolean isDrawable() {
        return withValues().size() >= 2;
    }
}
