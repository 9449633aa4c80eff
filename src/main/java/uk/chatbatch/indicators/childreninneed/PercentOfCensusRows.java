package uk.chatbatch.indicators.childreninneed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.UndecidedRecords;
import uk.chatbatch.input.InputData;

/**
 * The shape of a percentage over the CIN census, as {@link uk.chatbatch.indicators.PercentOfRecords} is over
 * an Annex A list: of the episodes, assessments, enquiries or plans in a population (the denominator), the
 * share meeting a further condition. A subclass states the two; this class counts and builds the result,
 * NO_CASES when the population is empty. Rows are counted, not distinct children.
 */
public abstract class PercentOfCensusRows<T extends CensusRow> implements Indicator {

    private final CensusPopulation<T> rows;

    /** A percentage of the rows the indicator declares by its constructor: usually a {@link CensusRowsInWindow}. */
    protected PercentOfCensusRows(CensusPopulation<T> rows) {
        this.rows = rows;
    }

    /** Whether a row already in the population is counted in the numerator. */
    protected abstract boolean inNumerator(T row, CensusHistory census, IndicatorContext context);

    /** Rows beside the whole population's, given the population and the numerator; none by default. */
    protected List<IndicatorValue> breakdowns(List<T> population, List<T> numerator, IndicatorContext context) {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        CensusHistory census = CensusHistory.of(data.returns());
        List<T> population = new ArrayList<>();
        List<T> numerator = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        UndecidedRecords undecided = new UndecidedRecords();
        for (T row : rows.of(census, context)) {
            Optional<Boolean> decided = undecided.attempt(() -> inNumerator(row, census, context));
            if (decided.isEmpty()) {
                continue;
            }
            boolean in = decided.get();
            population.add(row);
            if (in) {
                numerator.add(row);
            }
            counted.add(CensusHistory.counted(row.row(), in, true));
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator.size(), population.size()));
        List<IndicatorValue> breakdowns = breakdowns(population, numerator, context);
        values.addAll(CountOfCensusRows.checkDeclared(metadata(), breakdowns));
        return undecided.noted(IndicatorResult.computed(metadata(), values, counted));
    }
}
