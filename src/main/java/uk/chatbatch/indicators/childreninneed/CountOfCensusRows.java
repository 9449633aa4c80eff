package uk.chatbatch.indicators.childreninneed;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.input.InputData;

/**
 * The shape of a count over the CIN census, as {@link uk.chatbatch.indicators.CountOfRecords} is over an Annex
 * A list: the episodes, assessments, enquiries or plans that meet one condition. Rows are counted, not
 * distinct children.
 */
public abstract class CountOfCensusRows<T extends CensusRow> implements Indicator {

    private final CensusPopulation<T> rows;

    /** A count of the rows the indicator declares by its constructor: usually a {@link CensusRowsInWindow}. */
    protected CountOfCensusRows(CensusPopulation<T> rows) {
        this.rows = rows;
    }

    /** Rows beside the whole population's, given the rows counted; none by default. */
    protected List<IndicatorValue> breakdowns(List<T> counted, IndicatorContext context) {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<T> counted = rows.of(CensusHistory.of(data.returns()), context);
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, counted.size()));
        values.addAll(checkDeclared(metadata(), breakdowns(counted, context)));
        return IndicatorResult.computed(metadata(), values,
                counted.stream().map(r -> CensusHistory.counted(r.row(), true, false)).toList());
    }

    /** The breakdown rows' names, in order, must be those the definition declares. */
    public static List<IndicatorValue> checkDeclared(IndicatorMetadata metadata, List<IndicatorValue> rows) {
        List<String> names = rows.stream().map(IndicatorValue::breakdown).distinct().toList();
        if (!names.equals(metadata.breakdowns())) {
            throw new IllegalStateException(metadata.id() + " declares breakdowns " + metadata.breakdowns()
                    + " but computes " + names);
        }
        return rows;
    }
}
