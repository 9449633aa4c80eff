package uk.chatbatch.indicators.childreninneed;

import java.util.List;
import uk.chatbatch.indicators.IndicatorContext;

/**
 * The CIN census rows an indicator measures, given the census history and the period: what a census count or
 * percentage declares in its constructor ({@link CountOfCensusRows}, {@link PercentOfCensusRows}). The common ones
 * are rows dated in the window ({@link CensusRowsInWindow}); others are a method of the indicator.
 */
@FunctionalInterface
public interface CensusPopulation<T extends CensusRow> {

    /** The rows measured, in the census history's order. */
    List<T> of(CensusHistory census, IndicatorContext context);
}
