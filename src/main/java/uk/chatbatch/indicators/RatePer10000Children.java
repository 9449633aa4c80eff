package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.input.InputData;

/**
 * The shape of a rate: another indicator's count ÷ the LA's population aged 0 to 17 × 10,000. The
 * numerator is the count indicator's whole-population value; the denominator the population. A flow counted
 * over the six-month window is annualised (× 12 ÷ 6) in its headline, so that it is a rate for a year on the
 * same basis as DfE's annual rates beside it; the rate of the six months as counted is the breakdown "basis" =
 * "six months". A snapshot at the period end is not annualised. Where the count is broken down by DfE age band
 * and the population gives that band, the band's rate is reported too (breakdown "age band"), on the
 * headline's basis. Without a configured population the status is POPULATION_NOT_CONFIGURED, never a zero.
 */
public abstract class RatePer10000Children implements Indicator {

    public static final String BASIS = "basis";
    public static final String SIX_MONTHS = "six months";
    /** The basis row of runs before the headline was annualised, read back from their datasets for trends. */
    public static final String ANNUALISED = "annualised";
    public static final String AGE_BAND = "age band";

    /** What the count counts, which decides whether its rate is annualised. */
    public enum Counted {
        /** Records dated in the six-month window: annualised (× 12 ÷ 6), with the six months' rate as a basis row. */
        SIX_MONTH_FLOW,
        /** Records open at the period end: a rate as it stands, not annualised. */
        SNAPSHOT
    }

    private final Indicator count;
    private final boolean annualise;

    /**
     * @param count   the count indicator this is a rate of
     * @param counted whether that count is a six-month flow or a snapshot at the period end
     */
    protected RatePer10000Children(Indicator count, Counted counted) {
        this.count = count;
        this.annualise = counted == Counted.SIX_MONTH_FLOW;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        if (!context.population().isConfigured()) {
            return IndicatorResult.notComputed(metadata, IndicatorStatus.POPULATION_NOT_CONFIGURED,
                    "no population aged 0 to 17 was given (population: aged_0_to_17 in the job file, or run --population)");
        }
        IndicatorResult counted = count.compute(data, context);
        IndicatorValue headline = counted.headline().orElseThrow(() -> new IllegalStateException(
                metadata.id() + ": " + count.metadata().id() + " gave no whole-population value"));
        long population = context.population().aged0to17().getAsLong();
        List<IndicatorValue> values = new ArrayList<>();
        double headlineFactor = annualise ? 12.0 / 6 : 1.0;
        values.add(rate(IndicatorValue.ALL, IndicatorValue.ALL, headline.numerator(), population, headlineFactor));
        if (annualise) {
            values.add(rate(BASIS, SIX_MONTHS, headline.numerator(), population, 1.0));
        }
        // By DfE age band, where the count is broken down by age band and the job file gives that band's population.
        for (IndicatorValue band : counted.values()) {
            Long bandPopulation = context.population().byAgeBand().get(band.breakdownValue());
            if (AGE_BAND.equals(band.breakdown()) && bandPopulation != null) {
                values.add(rate(AGE_BAND, band.breakdownValue(), band.numerator(), bandPopulation, headlineFactor));
            }
        }
        return IndicatorResult.computed(metadata, values, counted.counted());
    }

    /** Whether a breakdown group is a basis row (the six months, or an earlier run's annualised row). */
    public static boolean isBasis(String group) {
        return SIX_MONTHS.equals(group) || ANNUALISED.equals(group);
    }

    private static IndicatorValue rate(String breakdown, String value, long count, long population, double factor) {
        return new IndicatorValue(breakdown, value, count, population,
                population == 0 ? null : count * factor / population * 10_000);
    }
}
