package uk.chatbatch.indicators;

import java.util.List;
import java.util.Optional;
import uk.chatbatch.input.InputData;

/**
 * The shape of a count indicator over items of any type T, like a dbt simple metric: the items an indicator reads
 * (an Annex A list's records, the SSDA903 children looked after at the period end, census episodes) that meet one
 * condition. A subclass says what the items are, which count, how to break them down and how an item shows in the
 * drill-down; {@link Shapes#count} builds the result. {@link CountOfRecords} is this over an Annex A list.
 */
public abstract class CountOf<T> implements Indicator {

    /** The items looked at, in a stable order. */
    protected abstract List<T> items(InputData data, IndicatorContext context);

    /** Whether this item is counted; every item by default. */
    protected boolean counts(T item, IndicatorContext context) {
        return true;
    }

    /**
     * Breakdowns reported beside the whole population, for the period (a month or an age at the period end needs
     * it); their names must match the definition's. None by default.
     */
    protected List<Breakdown<T>> breakdowns(IndicatorContext context) {
        return List.of();
    }

    /** The breakdown a declared name alone defines, not written in the subclass (see {@link Breakdown#asDeclared}). */
    protected Optional<Breakdown<T>> byNameAlone(String name) {
        return Optional.empty();
    }

    /** How an item shows in the drill-down. */
    protected abstract DrillDown<T> drillDown();

    /** The items counted, from those meeting the condition: all of them by default. */
    protected List<T> counted(List<T> meetingTheCondition) {
        return meetingTheCondition;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        UndecidedRecords undecided = new UndecidedRecords();
        List<T> meeting = items(data, context).stream()
                .filter(item -> undecided.attempt(() -> counts(item, context)).orElse(false))
                .toList();
        return undecided.noted(Shapes.count(metadata(), counted(meeting),
                Breakdown.asDeclared(metadata(), breakdowns(context), this::byNameAlone), drillDown()));
    }
}
