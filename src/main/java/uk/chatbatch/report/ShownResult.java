package uk.chatbatch.report;

import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

/**
 * An indicator's result as one variant of the report may show it: the whole-population figure and the
 * breakdowns this variant keeps (the shareable one drops team and worker), each figure marked when the
 * small-number rule withholds it. Pages draw only from this, never from the raw result.
 */
record ShownResult(IndicatorMetadata metadata, IndicatorStatus status, String message, Optional<Shown> headline,
                   List<Breakdown> breakdowns) {

    ShownResult {
        breakdowns = List.copyOf(breakdowns);
    }

    String id() {
        return metadata.id();
    }

    boolean isComputed() {
        return status == IndicatorStatus.COMPUTED;
    }

    /** A computed headline that is not withheld. */
    Optional<Shown> visibleHeadline() {
        return isComputed() ? headline.filter(h -> !h.suppressed() && h.value() != null) : Optional.empty();
    }

    /**
     * A share indicator (ChAT's source and ethnicity charts, unit percent) has a whole-population row that is
     * everything out of itself, 100%: its count is what changes from period to period. One whose whole
     * population is a real percentage (DQ-01: rows with errors out of all rows) is not a share: its
     * percentage is the figure.
     */
    boolean isShare() {
        return metadata.unit() == Unit.PERCENT
                && (metadata.chart() == ChartType.SRC || metadata.chart() == ChartType.ETH)
                && headline.map(h -> h.denominator() == null || h.denominator() == h.numerator()).orElse(true);
    }

    /** The unit the whole-population figure is printed and trended in: a share indicator's count. */
    Unit headlineUnit() {
        return isShare() ? Unit.COUNT : metadata.unit();
    }

    Optional<Breakdown> breakdown(String name) {
        return breakdowns.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** A rate of six months' events whose headline (and age bands) are annualised: it has a six-month basis row. */
    boolean isAnnualisedRate() {
        return metadata.unit() == Unit.RATE_PER_10000 && breakdown(RatePer10000Children.BASIS)
                .map(b -> b.values().stream().anyMatch(v -> v.group().equals(RatePer10000Children.SIX_MONTHS)))
                .orElse(false);
    }

    /**
     * One breakdown's groups in the indicator's order.
     *
     * @param wholeWithheld the small-number rule withheld every group (one small group could not be protected
     *                      otherwise), which its figure's caption says
     * @param secondary     groups of 5 or more (or zero) withheld only so that a small group cannot be worked out
     *                      from the total, which the caption says
     */
    record Breakdown(String name, List<Shown> values, boolean wholeWithheld, List<String> secondary) {
        Breakdown {
            values = List.copyOf(values);
            secondary = List.copyOf(secondary);
        }

        Breakdown(String name, List<Shown> values) {
            this(name, values, false, List.of());
        }

        long suppressedCount() {
            return values.stream().filter(Shown::suppressed).count();
        }
    }
}
