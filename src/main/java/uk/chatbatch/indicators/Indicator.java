package uk.chatbatch.indicators;

import uk.chatbatch.input.InputData;

/**
 * An indicator: a pure function of typed rows and the reporting period. Implementations carry an
 * {@link IndicatorDefinition} and have a public no-argument constructor; the catalogue finds them by
 * scanning this package, so adding one means adding a class, nothing else.
 */
public interface Indicator {

    IndicatorResult compute(InputData data, IndicatorContext context);

    default IndicatorMetadata metadata() {
        return IndicatorMetadata.of(getClass());
    }
}
