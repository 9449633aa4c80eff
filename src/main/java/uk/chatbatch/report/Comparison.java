package uk.chatbatch.report;

import java.util.Locale;
import java.util.Optional;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/**
 * How an LA's figure sits against England's. Only like is compared with like: percentages with
 * percentages, rates per 10,000 with rates (a six-month flow's headline is annualised, like England's annual one),
 * and days with days. Counts are never compared: England publishes national counts for a year, and the
 * LA's are its own over six months or at one date.
 *
 * <p>Similar means within {@value #SIMILAR_POINTS} percentage points for a percentage, and within
 * {@value #SIMILAR_PERCENT}% of England's value for a rate or a number of days. Otherwise the figure is
 * better or worse than England as the indicator's polarity says; an indicator with no good direction
 * (contextual, or concerning both when very low and very high) is only higher or lower.
 *
 * @param rating     the verdict
 * @param england    England's value used, if any
 * @param laValue    the LA's figure compared: its headline
 * @param annualised whether that headline is a six-month rate annualised
 * @param why        for {@link Rating#NOT_COMPARED}: why not, in words
 */
record Comparison(Rating rating, Optional<Benchmark> england, Optional<Double> laValue, boolean annualised,
                  String why) {

    static final double SIMILAR_POINTS = 2.0;
    static final double SIMILAR_PERCENT = 5.0;

    static final String RULE = "Compared with England: \"similar\" means within " + fmt(SIMILAR_POINTS)
            + " percentage points for a percentage, and within " + fmt(SIMILAR_PERCENT) + "% of England's value"
            + " for a rate per 10,000 children or a number of days. Otherwise the figure is better or worse than"
            + " England as the indicator's polarity says; where no direction is better (contextual measures, and"
            + " those where both very low and very high values are concerning) it is only higher or lower."
            + " Counts are not compared, because England's published counts are national totals for a year."
            + " A rate of events over six months is shown annualised (doubled), a rate for a year like England's,"
            + " so the figure shown is the figure compared.";

    enum Rating {
        BETTER("better than England"),
        SIMILAR("similar to England"),
        WORSE("worse than England"),
        HIGHER("higher than England"),
        LOWER("lower than England"),
        NOT_COMPARED("not compared");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static Comparison with(ShownResult result, Benchmarks benchmarks) {
        Optional<Benchmark> england = benchmarks.latestWithSecondary(result.id(), Benchmarks.ENGLAND);
        Unit unit = result.metadata().unit();
        if (england.isEmpty()) {
            return notCompared(england, "no published England figure");
        }
        if (!comparable(unit, england.get().unit())) {
            return notCompared(england, unit == Unit.COUNT
                    ? "England's figure is a national count for a year, not comparable with the LA's count"
                    : "England's figure measures " + england.get().unit() + ", a different unit");
        }
        if (result.isShare()) {
            // the headline is a count of the whole; England's percentage is one group's share of it
            return notCompared(england, "England's figure is one group's share (" + england.get().unit()
                    + "), not comparable with the LA's whole count");
        }
        if (england.get().isUnverified()) {
            return notCompared(england, "England's figure is an unverified approximation");
        }
        if (result.headline().isEmpty() || !result.isComputed()) {
            return notCompared(england, "not computed");
        }
        if (result.headline().get().suppressed()) {
            return notCompared(england, "the LA's figure is withheld (small numbers)");
        }
        boolean annualised = result.isAnnualisedRate();
        Double la = result.headline().get().value();
        if (la == null) {
            return notCompared(england, "no cases");
        }
        Rating rating = rating(la, england.get().value(), unit, result.metadata().polarity());
        return new Comparison(rating, england, Optional.of(la), annualised, "");
    }

    /** The verdict on an LA's figure against England's, by the rule {@link #RULE} states. */
    static Rating rating(double la, double england, Unit unit, Polarity polarity) {
        double gap = la - england;
        boolean similar = unit == Unit.PERCENT ? Math.abs(gap) <= SIMILAR_POINTS + 1e-9
                : Math.abs(gap) <= Math.abs(england) * SIMILAR_PERCENT / 100 + 1e-9;
        if (similar) {
            return Rating.SIMILAR;
        }
        boolean higher = gap > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higher ? Rating.BETTER : Rating.WORSE;
            case LOWER_IS_BETTER -> higher ? Rating.WORSE : Rating.BETTER;
            default -> higher ? Rating.HIGHER : Rating.LOWER;
        };
    }

    /** Whether a benchmark's stated unit measures the same kind of thing as the indicator's. */
    static boolean comparable(Unit unit, String benchmarkUnit) {
        String u = benchmarkUnit.toLowerCase(Locale.ROOT);
        return switch (unit) {
            case PERCENT -> u.startsWith("percent");
            case RATE_PER_10000 -> u.startsWith("rate per 10000");
            case DAYS -> u.contains("days") && !u.startsWith("count") && !u.startsWith("percent");
            case COUNT -> false;
        };
    }

    private static Comparison notCompared(Optional<Benchmark> england, String why) {
        return new Comparison(Rating.NOT_COMPARED, england, Optional.empty(), false, why);
    }

    boolean isCompared() {
        return rating != Rating.NOT_COMPARED;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
