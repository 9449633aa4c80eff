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

    private final CensusRowsInWindow<T> datedInWindow;

    /** A count whose rows the subclass gives by overriding {@link #counted}. */
    protected CountOfCensusRows() {
        this.datedInWindow = null;
    }

    /** A count of the census rows dated in the window: the indicator declares which by its constructor. */
    protected CountOfCensusRows(CensusRowsInWindow<T> datedInWindow) {
        this.datedInWindow = datedInWindow;
    }

    /** The rows counted: those dated in the window the constructor declared, unless a subclass says otherwise. */
    protected List<T> counted(CensusHistory census, IndicatorContext context) {
        if (datedInWindow == null) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + " declares no rows dated in the window and does not override counted");
        }
        return datedInWindow.of(census, context);
    }

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
