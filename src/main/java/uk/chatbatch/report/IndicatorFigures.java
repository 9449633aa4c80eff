package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Unit;

/**
 * Chooses an indicator's figures from ChAT's chart vocabulary (../shared/reference/indicators.md section 6) by
 * its metadata and the kinds of breakdown it reports ({@link BreakdownKinds}), never by its id; one class draws
 * each kind:
 * <ul>
 *   <li>PYR {@link AgeSexPyramid}; DON {@link ProportionDonut}; SRC {@link SortedBars};
 *       MUL {@link RecordsPerChildBars}; ETH {@link EthnicityTable}; BND {@link DurationBands};</li>
 *   <li>TRD {@link MonthlyBars}, for every indicator with a month breakdown;</li>
 *   <li>any other breakdown a {@link BreakdownTable}. Team and worker breakdowns are drawn by {@link StaffTables}.</li>
 * </ul>
 * Here too the rules every figure follows: a chart with nothing or one bar to draw says why in one line instead,
 * and a caption says why a group is withheld when it is not itself small.
 */
final class IndicatorFigures {

    private final ReportModel model;

    IndicatorFigures(ReportModel model) {
        this.model = model;
    }

    List<Figure> figures(ShownResult r) {
        List<Figure> figures = new ArrayList<>();
        if (!r.isComputed()) {
            return figures;
        }
        Set<String> used = new HashSet<>();
        List<ShownResult.Breakdown> usable = BreakdownKinds.usable(r);
        switch (r.metadata().chart()) {
            case PYR -> usable.stream().filter(b -> BreakdownKinds.isPyramid(r, b)).findFirst()
                    .ifPresent(b -> add(figures, used, b, AgeSexPyramid.of(model.variant, r, b)));
            case DON -> ProportionDonut.of(r).map(IndicatorFigures::drawnWhenItShowsSomething)
                    .or(() -> firstNotMonth(usable).map(b -> BreakdownTable.of(r, b))).ifPresent(figures::add);
            case SRC -> firstNotMonth(usable).ifPresent(b -> add(figures, used, b, BreakdownKinds.isPartsOfOneWhole(b)
                    ? SortedBars.of(r, b) : BreakdownTable.of(r, b)));
            case MUL -> firstNotMonth(usable).ifPresent(b -> add(figures, used, b, RecordsPerChildBars.of(r, b)));
            case ETH -> usable.stream().filter(b -> BreakdownKinds.isEthnicity(r, b)).findFirst().ifPresent(b -> add(figures,
                    used, b, EthnicityTable.of(model.input.populationByEthnicGroup(), r, b, usable)));
            case BND -> usable.stream().filter(b -> BreakdownKinds.isBands(r, b)).findFirst()
                    .ifPresent(b -> add(figures, used, b, DurationBands.of(r, b)));
            default -> { }
        }
        if (r.metadata().chart() == ChartType.ETH) {
            usable.stream().filter(b -> BreakdownKinds.isEthnicity(r, b)).forEach(b -> used.add(b.name()));
        }
        r.breakdown(BreakdownKinds.MONTH).ifPresent(b -> add(figures, used, b, MonthlyBars.of(model.period, r, b)));
        boolean medianSaid = figures.stream()
                .anyMatch(f -> f.caption().contains(" Median ") || f.caption().contains(" Mean "));
        for (ShownResult.Breakdown b : usable) {
            if (!used.contains(b.name())) {
                Figure t = BreakdownTable.of(r, b);
                if (!medianSaid && r.metadata().unit() == Unit.DAYS) {
                    t = new Figure(t.id(), t.title(), t.body(), t.caption() + FigureText.quartiles(r), t.half());
                    medianSaid = true;
                }
                figures.add(statesWhySecondary(t, b));
            }
        }
        return figures;
    }

    /**
     * The caption of a figure states why a group is withheld when it is not itself small: the whole breakdown
     * withheld, or a group withheld so that a small one cannot be worked out from the total.
     */
    static Figure statesWhySecondary(Figure f, ShownResult.Breakdown b) {
        if (b.wholeWithheld()) {
            return new Figure(f.id(), f.title(), f.body(), "The whole breakdown by " + b.name() + " is withheld: one"
                    + " group is fewer than " + SmallNumbers.THRESHOLD + " and there is no other group to withhold with"
                    + " it, so it could be worked out from the total. " + f.caption(), f.half());
        }
        if (!b.secondary().isEmpty()) {
            List<String> groups = b.secondary().stream().map(g -> FigureText.month(g).map(Formats::month).orElse(g))
                    .toList();
            return new Figure(f.id(), f.title(), f.body(), f.caption() + " " + Formats.capitalised(String.join(", ",
                    groups)) + " is withheld as well, so that a group of fewer than " + SmallNumbers.THRESHOLD
                    + " cannot be worked out from the total.", f.half());
        }
        return f;
    }

    private static void add(List<Figure> figures, Set<String> used, ShownResult.Breakdown b, Figure figure) {
        used.add(b.name());
        boolean chart = !(figure.body() instanceof Figure.TableData);
        if (chart && !b.values().isEmpty() && b.values().stream().allMatch(v -> v.suppressed() || v.numerator() == 0)
                && b.values().stream().anyMatch(Shown::suppressed)) {
            figure = new Figure(figure.id(), figure.title(), null, "Not drawn: every group is withheld or zero under"
                    + " the small-number rule. " + figure.caption(), true);
        } else if (figure.body() instanceof PyramidData pyramid
                && pyramid.male().stream().allMatch(n -> n == 0) && pyramid.female().stream().allMatch(n -> n == 0)) {
            figure = new Figure(figure.id(), figure.title(), null, "Not drawn: no one to draw. " + figure.caption(),
                    true);
        } else {
            figure = drawnWhenItShowsSomething(figure);
        }
        figures.add(statesWhySecondary(figure, b));
    }

    /**
     * One bar, or none, is not a chart, and neither is a donut of one record or of none: the caption already states
     * the figure, so one line says why nothing is drawn instead.
     */
    static Figure drawnWhenItShowsSomething(Figure figure) {
        String why = null;
        if (figure.body() instanceof BarChartData bars) {
            long drawn = bars.series().stream().flatMap(s -> s.values().stream()).filter(n -> n > 0).count();
            why = drawn == 0 ? "Not drawn: every group is zero. "
                    : drawn == 1 ? "Not drawn: only one group has a figure above zero. " : null;
        } else if (figure.body() instanceof DonutData donut && !donut.withheld()) {
            long total = donut.values().stream().mapToLong(Long::longValue).sum();
            why = total == 0 ? "Not drawn: no one to draw. " : total == 1 ? "Not drawn: a chart of one record. " : null;
        }
        return why == null ? figure : new Figure(figure.id(), figure.title(), null, why + figure.caption(), true);
    }

    private static Optional<ShownResult.Breakdown> firstNotMonth(List<ShownResult.Breakdown> breakdowns) {
        return breakdowns.stream().filter(b -> !BreakdownKinds.isMonth(b)).findFirst();
    }
}
