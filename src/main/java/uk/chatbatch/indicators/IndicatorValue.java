package uk.chatbatch.indicators;

/**
 * One row of an indicator's result: the whole population (breakdown "all", value "all") or one
 * breakdown value. For counts, value = numerator and denominator is null; for percentages value is
 * 100 × numerator ÷ denominator, or null when the denominator is zero.
 */
public record IndicatorValue(String breakdown, String breakdownValue, long numerator, Long denominator, Double value) {

    public static final String ALL = "all";

    public static IndicatorValue count(String breakdown, String breakdownValue, long count) {
        return new IndicatorValue(breakdown, breakdownValue, count, null, (double) count);
    }

    public static IndicatorValue percent(String breakdown, String breakdownValue, long numerator, long denominator) {
        Double value = denominator == 0 ? null : 100.0 * numerator / denominator;
        return new IndicatorValue(breakdown, breakdownValue, numerator, denominator, value);
    }

    public boolean isWholePopulation() {
        return ALL.equals(breakdown) && ALL.equals(breakdownValue);
    }
}
