package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.chatbatch.annexa.SourceRow;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.ssda903.Ssda903Record;

/** How the SSDA903 indicators turn what they found into a result: counts, percentages and the drill-down. */
public final class Results {

    private Results() {
    }

    /** The drill-down row for an SSDA903 row: the child, "SSDA903 Episodes", and the file, table and year, row. */
    public static CountedRecord counted(Ssda903Record row, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(row.child(), "SSDA903 " + row.table().title(),
                new SourceRow(row.source().file(), row.table().label(row.collectionYear()), row.source().row()),
                inNumerator, inDenominator);
    }

    /** A count of items, with each breakdown's groups. */
    public static <T> IndicatorResult count(IndicatorMetadata metadata, List<T> items, List<Grouping<T>> breakdowns,
                                     Function<T, Ssda903Record> row) {
        checkDeclared(metadata, breakdowns);
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, items.size()));
        for (Grouping<T> breakdown : breakdowns) {
            breakdown.tally(items).forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        return IndicatorResult.computed(metadata, values,
                items.stream().map(item -> counted(row.apply(item), true, false)).toList());
    }

    /** Of a population, the percentage meeting a condition, whole and within each breakdown's groups. */
    public static <T> IndicatorResult percent(IndicatorMetadata metadata, List<T> population, Predicate<T> inNumerator,
                                       List<Grouping<T>> breakdowns, Function<T, Ssda903Record> row) {
        checkDeclared(metadata, breakdowns);
        List<T> numerator = population.stream().filter(inNumerator).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator.size(), population.size()));
        for (Grouping<T> breakdown : breakdowns) {
            Map<String, Long> top = breakdown.tally(numerator);
            breakdown.tally(population).forEach((group, n) ->
                    values.add(IndicatorValue.percent(breakdown.name(), group, top.get(group), n)));
        }
        return IndicatorResult.computed(metadata, values,
                population.stream().map(item -> counted(row.apply(item), inNumerator.test(item), true)).toList());
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

    public static void checkDeclared(IndicatorMetadata metadata, List<? extends Grouping<?>> breakdowns) {
        List<String> names = breakdowns.stream().map(Grouping::name).toList();
        if (!names.equals(metadata.breakdowns())) {
            throw new IllegalStateException(metadata.id() + " declares breakdowns " + metadata.breakdowns()
                    + " but computes " + names);
        }
    }
}
