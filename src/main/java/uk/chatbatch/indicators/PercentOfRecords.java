package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of a percentage indicator, like a dbt ratio metric: of the source list's records in a
 * population (the denominator), the share that meet a further condition (the numerator). A subclass
 * states the two conditions; this class counts and builds the result, which is NO_CASES when the
 * population is empty. Records are counted, not distinct children.
 */
public abstract class PercentOfRecords implements Indicator {

    /** Whether the record is in the population measured. */
    protected abstract boolean inDenominator(TableRecord record, IndicatorContext context);

    /** Whether a record already in the population is counted in the numerator. */
    protected abstract boolean inNumerator(TableRecord record, IndicatorContext context);

    /**
     * Whether children are counted rather than records, as ChAT counts them: each child once, described by its
     * first record in the numerator, else its first in the population. Records by default.
     */
    protected boolean countsChildren() {
        return false;
    }

    /**
     * Breakdowns reported beside the whole population, for the period (a month or an age at the period end needs
     * it); the definition declares them, and those its names alone define ({@link Breakdown#annexAByName}) need not
     * be given here. None by default.
     */
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        List<Breakdown<TableRecord>> breakdowns = Breakdown.asDeclared(metadata, breakdowns(context),
                Breakdown::annexAByName);
        List<TableRecord> population = new ArrayList<>();
        List<TableRecord> numerator = new ArrayList<>();
        UndecidedRecords undecided = new UndecidedRecords();
        BiPredicate<TableRecord, IndicatorContext> denominator = this::inDenominator;
        BiPredicate<TableRecord, IndicatorContext> numeratorCondition = this::inNumerator;
        for (TableRecord record : data.rows(metadata.source())) {
            if (!Boolean.TRUE.equals(undecided.test(denominator, record, context))) {
                continue;
            }
            Boolean decided = undecided.test(numeratorCondition, record, context);
            if (decided == null) {
                continue;
            }
            population.add(record);
            if (decided) {
                numerator.add(record);
            }
        }
        Set<TableRecord> inNumerator = Children.identitySet(numerator);
        if (countsChildren()) {
            population = Children.describedBy(population, numerator);
        }
        return undecided.noted(Shapes.percent(metadata, population, inNumerator::contains, breakdowns,
                DrillDown.annexA()));
    }
}
