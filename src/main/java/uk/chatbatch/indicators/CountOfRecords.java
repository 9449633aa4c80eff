package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexARecord;

/**
 * The shape of a count indicator, like a dbt simple metric: the records of the source list that
 * meet one condition. A subclass says which records count (and, optionally, how to break them down);
 * this class reads the list, counts and builds the result. Records are counted, not distinct children.
 */
public abstract class CountOfRecords implements Indicator {

    /** Whether this record is counted. */
    protected abstract boolean counts(AnnexARecord record, IndicatorContext context);

    /** Whether children are counted rather than records, as ChAT counts them: each child once. Records by default. */
    protected boolean countsChildren() {
        return false;
    }

    /**
     * Breakdowns reported beside the whole population, for the period (a month or an age at the period end needs
     * it); their names must match the definition's. None by default.
     */
    protected List<Breakdown> breakdowns(IndicatorContext context) {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        List<Breakdown> breakdowns = Breakdown.checkDeclared(metadata, breakdowns(context));
        UndecidedRecords undecided = new UndecidedRecords();
        List<AnnexARecord> counted = data.rows(metadata.source()).stream()
                .filter(record -> undecided.attempt(() -> counts(record, context)).orElse(false))
                .toList();
        if (countsChildren()) {
            counted = Children.describedBy(counted, counted);
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, counted.size()));
        for (Breakdown breakdown : breakdowns) {
            for (Map.Entry<String, Long> group : breakdown.tally(counted).entrySet()) {
                values.add(IndicatorValue.count(breakdown.name(), group.getKey(), group.getValue()));
            }
        }
        return undecided.noted(IndicatorResult.computed(metadata, values,
                counted.stream().map(r -> CountedRecord.of(r, true, false)).toList()));
    }
}
