package uk.chatbatch.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.benchmarks.BenchmarkMeasure;
import uk.chatbatch.benchmarks.BenchmarkMeasures;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/**
 * A benchmark whose id names no indicator, set against the LA's figure for the same measure where the product
 * computes it (a category's share of an indicator, a six-month count as a yearly rate), by the same rule as
 * {@link Comparison}; otherwise why it is not compared. The basis of both figures is carried for the text.
 *
 * @param measure the declared mapping
 * @param england England's figure on the measure's basis, if the benchmarks file has one
 * @param la      the LA's figure as this variant may show it (value, numerator, denominator), when worked out
 * @param unit    the unit both figures are in
 * @param rating  the verdict, {@link Comparison.Rating#NOT_COMPARED} when there is none
 * @param why     for a figure not compared: why, in words
 */
record PartComparison(BenchmarkMeasure measure, Optional<Benchmark> england, Optional<Shown> la, Unit unit,
                      Comparison.Rating rating, String why) {

    /** Every declared measure, in the file's order. */
    static List<PartComparison> all(List<ShownResult> results, Benchmarks benchmarks, OptionalLong population) {
        return BenchmarkMeasures.bundled().stream().map(m -> of(m, results, benchmarks, population)).toList();
    }

    static PartComparison of(BenchmarkMeasure m, List<ShownResult> results, Benchmarks benchmarks,
                             OptionalLong population) {
        Optional<Benchmark> england = BenchmarkMeasures.benchmark(m, benchmarks, Benchmarks.ENGLAND);
        Optional<ShownResult> result = results.stream().filter(r -> r.id().equals(m.indicatorId())).findFirst();
        if (m.statistic().isEmpty()) {
            return notCompared(m, england, Optional.empty(), england.map(b -> unitOf(b.unit())).orElse(Unit.PERCENT),
                    m.notComparedBecause());
        }
        BenchmarkMeasure.Statistic statistic = m.statistic().get();
        Unit unit = switch (statistic) {
            case SHARE -> Unit.PERCENT;
            case ANNUALISED_RATE -> Unit.RATE_PER_10000;
            case HEADLINE -> result.map(r -> r.metadata().unit()).orElse(Unit.PERCENT);
        };
        if (result.isEmpty() || !result.get().isComputed() || result.get().headline().isEmpty()) {
            return notCompared(m, england, Optional.empty(), unit, m.indicatorId() + " was not computed this period"
                    + result.filter(r -> !r.isComputed()).map(r -> " (" + Formats.status(r.status()) + ")").orElse(""));
        }
        ShownResult r = result.get();
        Optional<Shown> la = switch (statistic) {
            case HEADLINE -> r.headline();
            case SHARE -> share(r, m);
            case ANNUALISED_RATE -> population.isPresent() ? Optional.of(annualisedRate(r.headline().get(),
                    population.getAsLong())) : Optional.empty();
        };
        if (la.isEmpty()) {
            return notCompared(m, england, la, unit, statistic == BenchmarkMeasure.Statistic.ANNUALISED_RATE
                    ? "no population aged 0 to 17 was given (population: aged_0_to_17 in the job file, or run"
                    + " --population), so there is no rate" : m.indicatorId() + " has no " + m.breakdown() + " "
                    + m.category());
        }
        if (england.isEmpty()) {
            return notCompared(m, england, la, unit, "no England figure on this basis");
        }
        if (!Comparison.comparable(unit, england.get().unit())) {
            return notCompared(m, england, la, unit, "England's figure measures " + england.get().unit()
                    + ", a different unit");
        }
        if (england.get().isUnverified()) {
            return notCompared(m, england, la, unit, "England's figure is an unverified approximation");
        }
        if (la.get().suppressed()) {
            return notCompared(m, england, la, unit, "the LA's figure is withheld (small numbers)");
        }
        if (la.get().value() == null) {
            return notCompared(m, england, la, unit, "no cases");
        }
        // a category's share has no better direction, whatever the whole measure's polarity
        Polarity polarity = statistic == BenchmarkMeasure.Statistic.SHARE ? Polarity.CONTEXTUAL
                : r.metadata().polarity();
        return new PartComparison(m, england, la, unit, Comparison.rating(la.get().value(), england.get().value(),
                unit, polarity), "");
    }

    /** The unit a benchmark's stated unit is in, for printing a figure that is not compared. */
    static Unit unitOf(String benchmarkUnit) {
        for (Unit unit : List.of(Unit.PERCENT, Unit.RATE_PER_10000, Unit.DAYS)) {
            if (Comparison.comparable(unit, benchmarkUnit)) {
                return unit;
            }
        }
        return Unit.COUNT;
    }

    /** The category's count out of the whole: its own denominator where the row has one, else the whole count. */
    private static Optional<Shown> share(ShownResult r, BenchmarkMeasure m) {
        Shown whole = r.headline().get();
        return r.breakdown(m.breakdown()).flatMap(b -> b.values().stream()
                .filter(v -> v.group().equals(m.category())).findFirst()).map(g -> {
                    long of = g.denominator() != null ? g.denominator() : whole.numerator();
                    return new Shown(g.group(), g.numerator(), of, of == 0 ? null : 100.0 * g.numerator() / of,
                            g.suppressed() || whole.suppressed());
                });
    }

    /** A six-month count as a yearly rate per 10,000 children, as the catalogue's annualised rates are. */
    private static Shown annualisedRate(Shown count, long population) {
        return new Shown(count.group(), count.numerator(), population,
                population == 0 ? null : count.numerator() * 12.0 / 6 / population * 10_000, count.suppressed());
    }

    private static PartComparison notCompared(BenchmarkMeasure m, Optional<Benchmark> england, Optional<Shown> la,
                                              Unit unit, String why) {
        return new PartComparison(m, england, la, unit, Comparison.Rating.NOT_COMPARED, why);
    }

    boolean isCompared() {
        return rating != Comparison.Rating.NOT_COMPARED;
    }

    /** The theme of the indicator the figure comes from, for the leaders' theme pages. */
    Optional<Theme> theme() {
        return Theme.of(measure.indicatorId());
    }

    /** "68.0%" or "12.4"; "withheld" or a dash where there is no figure to print. */
    String laText() {
        if (la.isEmpty() || la.get().value() == null) {
            return "none";
        }
        return la.get().suppressed() ? SmallNumbers.SHOWN_AS : Formats.value(la.get(), unit);
    }

    /** "17 of 25", or "per 10,000 children (20 in six months)"; empty when withheld or not worked out. */
    String laBasisText() {
        if (la.isEmpty() || la.get().suppressed() || la.get().value() == null) {
            return "";
        }
        return unit == Unit.RATE_PER_10000 ? "per 10,000 children (" + Formats.count(la.get().numerator())
                + " in six months)" : Formats.basis(la.get(), unit);
    }

    /** "Higher than England. Basis: ..." or "Not compared: why." */
    String sentence() {
        if (!isCompared()) {
            return "Not compared: " + why + ".";
        }
        return Formats.capitalised(rating.label()) + ". Basis: " + measure.basis() + ".";
    }
}
