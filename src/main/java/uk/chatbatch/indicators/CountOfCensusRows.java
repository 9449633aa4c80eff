package uk.chatbatch.indicators;

import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRow;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;

/**
 * The shape of a count over the CIN census, as {@link uk.chatbatch.indicators.CountOfRecords} is over an Annex
 * A list: the episodes, assessments, enquiries or plans that meet one condition. Rows are counted, not
 * distinct children.
 */
public abstract class CountOfCensusRows<T extends CensusRow> implements Indicator {

    /** The rows counted. */
    protected abstract List<T> counted(CensusHistory census, IndicatorContext context);

    /** Rows beside the whole population's, given the rows counted; none by default. */
    protected List<IndicatorValue> breakdowns(List<T> counted, IndicatorContext context) {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<T> counted = counted(CensusHistory.of(data.returns()), context);
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
