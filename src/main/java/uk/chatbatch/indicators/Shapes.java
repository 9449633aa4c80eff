package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shapes every indicator's result takes, whatever it counts (Annex A records, a return's children or periods of
 * care, census rows): a count, a percentage, a mean, a median with quartiles and band shares. Each is generic over
 * the item type T; the indicator gives its items, its {@link Breakdown}s over T and how an item shows in the
 * drill-down ({@link DrillDown}). {@link CountOfRecords} and {@link PercentOfRecords} are these shapes over an
 * Annex A list.
 */
public final class Shapes {

    private Shapes() {
    }

    /** The drill-down row for an SSDA903 row: see {@link DrillDown#ssda903Row}. */
    public static CountedRecord counted(TableRecord row, boolean inNumerator, boolean inDenominator) {
        return DrillDown.ssda903Row(row, inNumerator, inDenominator);
    }

    /** A count of items, with each breakdown's groups, every group kept. */
    public static <T> IndicatorResult count(IndicatorMetadata metadata, List<T> items, List<Breakdown<T>> breakdowns,
                                            DrillDown<T> drillDown) {
        breakdowns = Breakdown.asDeclared(metadata, breakdowns);
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, items.size()));
        for (Breakdown<T> breakdown : breakdowns) {
            breakdown.tally(items).forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        return IndicatorResult.computed(metadata, values,
                items.stream().map(item -> drillDown.row(item, true, false)).toList());
    }

    /** A count of the items of an SSDA903 indicator, each shown by its return row. */
    public static <T> IndicatorResult count(IndicatorMetadata metadata, List<T> items, List<Breakdown<T>> breakdowns,
                                            Function<T, TableRecord> row) {
        return count(metadata, items, breakdowns, DrillDown.ssda903(row));
    }

    /**
     * Of a population, the percentage meeting a condition, whole and within each breakdown's groups (groups found
     * in the data are those of the population, so a group with none in the numerator shows 0%). NO_CASES when the
     * population is empty.
     */
    public static <T> IndicatorResult percent(IndicatorMetadata metadata, List<T> population, Predicate<T> inNumerator,
                                              List<Breakdown<T>> breakdowns, DrillDown<T> drillDown) {
        breakdowns = Breakdown.asDeclared(metadata, breakdowns);
        List<T> numerator = population.stream().filter(inNumerator).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator.size(), population.size()));
        for (Breakdown<T> declared : breakdowns) {
            Breakdown<T> breakdown = declared.withGroupsOf(population);
            Map<String, Long> top = breakdown.tally(numerator);
            breakdown.tally(population).forEach((group, n) ->
                    values.add(IndicatorValue.percent(breakdown.name(), group, top.get(group), n)));
        }
        return IndicatorResult.computed(metadata, values,
                population.stream().map(item -> drillDown.row(item, inNumerator.test(item), true)).toList());
    }

    /** The percentage of an SSDA903 indicator's population, each item shown by its return row. */
    public static <T> IndicatorResult percent(IndicatorMetadata metadata, List<T> population, Predicate<T> inNumerator,
                                              List<Breakdown<T>> breakdowns, Function<T, TableRecord> row) {
        return percent(metadata, population, inNumerator, breakdowns, DrillDown.ssda903(row));
    }

    /** Excel PERCENTILE.INC of whole numbers: linear interpolation at (n − 1) × p of the sorted values; null for none. */
    public static Double percentile(List<Integer> durations, double p) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Integer> sorted = durations.stream().sorted().toList();
        double position = (sorted.size() - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    /** One row per band, every band kept: durations in the band as numerator, all durations as denominator. */
    public static List<IndicatorValue> bandShares(String breakdown, List<Breakdown.Band> bands, List<Integer> durations) {
        List<IndicatorValue> rows = new ArrayList<>();
        for (Breakdown.Band band : bands) {
            long in = durations.stream().filter(d -> d >= band.lower() && d <= band.upper()).count();
            rows.add(IndicatorValue.percent(breakdown, band.label(), in, durations.size()));
        }
        return rows;
    }

    /**
     * A mean over the items measured: numerator the number measured, no denominator, value the mean (null when
     * nothing was measured, and then NO_CASES).
     */
    public static IndicatorValue mean(String breakdown, String group, List<? extends Number> measures) {
        Double mean = measures.isEmpty() ? null
                : measures.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
        return new IndicatorValue(breakdown, group, measures.size(), null, mean);
    }

    public static IndicatorResult means(IndicatorMetadata metadata, List<IndicatorValue> values, List<CountedRecord> counted) {
        boolean none = values.stream().filter(IndicatorValue::isWholePopulation).anyMatch(v -> v.numerator() == 0);
        return none ? new IndicatorResult(metadata, IndicatorStatus.NO_CASES, "no " + metadata.numerator(), values,
                counted) : IndicatorResult.computed(metadata, values, counted);
    }
}
