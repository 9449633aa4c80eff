package uk.chatbatch.report;

import uk.chatbatch.indicators.IndicatorValue;

/**
 * One figure as the report may print it: an indicator's value row (the whole population or one group of a
 * breakdown) and whether the shareable report withholds it.
 *
 * @param group      the breakdown value, e.g. "female"; "all" for the whole population
 * @param numerator  what is counted
 * @param denominator what it is out of (a percentage's base, a rate's population), or null for a count
 * @param value      the count, percentage, rate or days; null when there is nothing to divide by
 * @param suppressed withheld under the small-number rule: printed as {@value SmallNumbers#SHOWN_AS}
 */
record Shown(String group, long numerator, Long denominator, Double value, boolean suppressed) {

    static Shown of(IndicatorValue v) {
        return new Shown(v.breakdownValue(), v.numerator(), v.denominator(), v.value(), false);
    }

    Shown withheld() {
        return new Shown(group, numerator, denominator, value, true);
    }

    /** What the figure is based on: its denominator when it has one, else its numerator. */
    long basis() {
        return denominator == null ? numerator : denominator;
    }
}
