package uk.chatbatch.indicators;

import java.util.List;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.annexa.AnnexARecord;

/**
 * The shape of a percentage indicator, like a dbt ratio metric: of the source list's records in a
 * population (the denominator), the share that meet a further condition (the numerator). A subclass
 * states the two conditions; this class counts and builds the result, which is NO_CASES when the
 * population is empty. Records are counted, not distinct children.
 */
public abstract class PercentOfRecords implements Indicator {

    /** Whether the record is in the population measured. */
    protected abstract boolean inDenominator(AnnexARecord record, IndicatorContext context);

    /** Whether a record already in the population is counted in the numerator. */
    protected abstract boolean inNumerator(AnnexARecord record, IndicatorContext context);

    @Override
    public IndicatorResult compute(AnnexAData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        long denominator = 0;
        long numerator = 0;
        for (AnnexARecord record : data.rows(metadata.source())) {
            if (inDenominator(record, context)) {
                denominator++;
                if (inNumerator(record, context)) {
                    numerator++;
                }
            }
        }
        return IndicatorResult.computed(metadata,
                List.of(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator, denominator)));
    }
}
