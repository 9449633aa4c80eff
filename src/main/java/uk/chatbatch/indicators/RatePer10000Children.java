package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.InputData;

/**
 * The shape of a rate: another indicator's count ÷ the LA's population aged 0 to 17 × 10,000. The
 * numerator is the count indicator's whole-population value; the denominator the population. Flow
 * counts over the six-month window can also be annualised (× 12 ÷ 6) to sit beside DfE's annual rates,
 * reported as the breakdown "basis" = "annualised". Where the count is broken down by DfE age band and
 * the job file gives the population of a band, that band's rate is reported too (breakdown "age band").
 * Without a configured population the status is
 * POPULATION_NOT_CONFIGURED, never a zero.
 */
public abstract class RatePer10000Children implements Indicator {

    public static final String BASIS = "basis";
    public static final String ANNUALISED = "annualised";
    public static final String AGE_BAND = "age band";

    /** The count this is a rate of. */
    protected abstract Indicator count();

    /** Whether the count is a six-month flow worth annualising (not a snapshot at the period end). */
    protected abstract boolean annualise();

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        if (!context.population().isConfigured()) {
            return IndicatorResult.notComputed(metadata, IndicatorStatus.POPULATION_NOT_CONFIGURED,
                    "no population aged 0 to 17 was given (population: aged_0_to_17 in the job file, or run --population)");
        }
        IndicatorResult counted = count().compute(data, context);
        IndicatorValue headline = counted.headline().orElseThrow(() -> new IllegalStateException(
                metadata.id() + ": " + count().metadata().id() + " gave no whole-population value"));
        long population = context.population().aged0to17().getAsLong();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(rate(IndicatorValue.ALL, IndicatorValue.ALL, headline.numerator(), population, 1.0));
        if (annualise()) {
            values.add(rate(BASIS, ANNUALISED, headline.numerator(), population, 12.0 / 6));
        }
        // By DfE age band, where the count is broken down by age band and the job file gives that band's population.
        for (IndicatorValue band : counted.values()) {
            Long bandPopulation = context.population().byAgeBand().get(band.breakdownValue());
            if (AGE_BAND.equals(band.breakdown()) && bandPopulation != null) {
                values.add(rate(AGE_BAND, band.breakdownValue(), band.numerator(), bandPopulation, 1.0));
            }
        }
        return IndicatorResult.computed(metadata, values, counted.counted());
    }

    private static IndicatorValue rate(String breakdown, String value, long count, long population, double factor) {
        return new IndicatorValue(breakdown, value, count, population,
                population == 0 ? null : count * factor / population * 10_000);
    }
}
