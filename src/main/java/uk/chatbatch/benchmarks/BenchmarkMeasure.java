package uk.chatbatch.benchmarks;

import java.util.Optional;

/**
 * How the product measures, or cannot measure, a benchmark whose id names no indicator (benchmark-measures.csv):
 * England publishes a part of a measure (one category's share, a mean, a rate) that the product either computes
 * from an indicator's figures or does not compute at all.
 *
 * @param benchmarkId        the benchmarks file's id, e.g. CP-03N
 * @param benchmarkUnit      the benchmark rows this applies to, by their stated unit: one id can have rows on two
 *                           bases (CP-03S: plans at 31 March, and plan starts), each matched to its own measure
 * @param title              what is compared, in words
 * @param indicatorId        the indicator the LA's figure comes from, or whose measure differs
 * @param breakdown          the breakdown holding the category, for a share; empty otherwise
 * @param category           the breakdown's group, for a share
 * @param statistic          how the LA's figure is taken from the indicator; empty when not compared
 * @param basis              what both figures count, in words, so the reader sees like is set against like
 * @param notComparedBecause why the product has no such measure; empty when compared
 */
public record BenchmarkMeasure(String benchmarkId, String benchmarkUnit, String title, String indicatorId,
                               String breakdown, String category, Optional<Statistic> statistic, String basis,
                               String notComparedBecause) {

    /** How the LA's figure is worked out from the indicator's result. */
    public enum Statistic {
        /** The indicator's own headline (its unit matches England's). */
        HEADLINE,
        /** The category's count out of the indicator's whole count, as a percentage. */
        SHARE,
        /** The indicator's six-month count, doubled to a year, per 10,000 children aged 0 to 17. */
        ANNUALISED_RATE
    }

    public boolean isCompared() {
        return statistic.isPresent();
    }
}
