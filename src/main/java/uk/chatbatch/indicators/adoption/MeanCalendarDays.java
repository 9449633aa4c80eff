package uk.chatbatch.indicators.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of the adoption scorecard's timeliness measures: for the records in a population, the mean number
 * of calendar days from one date to another. The value is the mean, the numerator the number of records
 * measured, and there is no denominator. A record missing either date, or whose later date is before the
 * earlier, is not measured (the data-quality checks report the second). Breakdowns give the mean within each
 * group, with no value for a group with no records measured. NO_CASES when nothing could be measured.
 */
public abstract class MeanCalendarDays implements Indicator {

    /** Whether the record is in the population whose time is measured (e.g. adopted in the window). */
    protected abstract boolean inPopulation(TableRecord record, IndicatorContext context);

    /** The date the clock starts. */
    protected abstract LocalDate from(TableRecord record);

    /** The date the clock stops. */
    protected abstract LocalDate to(TableRecord record);

    /** Breakdowns beside the whole population, in the order the definition declares them. */
    protected List<Breakdown<TableRecord>> breakdowns(InputData data, IndicatorContext context) {
        return List.of();
    }

    /** Calendar days from one date to another, or null when either is missing or the second is before the first. */
    public static Long days(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return ChronoUnit.DAYS.between(from, to);
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        Map<TableRecord, Long> measured = new IdentityHashMap<>();
        List<TableRecord> order = new ArrayList<>();
        for (TableRecord record : data.rows(metadata.source())) {
            if (inPopulation(record, context)) {
                Long days = days(from(record), to(record));
                if (days != null) {
                    measured.put(record, days);
                    order.add(record);
                }
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(mean(IndicatorValue.ALL, IndicatorValue.ALL, order, measured));
        List<Breakdown<TableRecord>> breakdowns = Breakdown.asDeclared(metadata, breakdowns(data, context),
                Breakdown::annexAByName);
        for (Breakdown<TableRecord> breakdown : breakdowns) {
            for (String group : breakdown.tally(order).keySet()) {
                List<TableRecord> inGroup = order.stream()
                        .filter(r -> group.equals(breakdown.classifier().apply(r))).toList();
                values.add(mean(breakdown.name(), group, inGroup, measured));
            }
        }
        List<CountedRecord> counted = order.stream().map(r -> CountedRecord.of(r, true, false)).toList();
        if (order.isEmpty()) {
            return new IndicatorResult(metadata, IndicatorStatus.NO_CASES, "no " + metadata.numerator(), values,
                    counted);
        }
        return IndicatorResult.computed(metadata, values, counted);
    }

    private static IndicatorValue mean(String breakdown, String group, List<TableRecord> records,
                                       Map<TableRecord, Long> measured) {
        Double mean = records.isEmpty() ? null
                : records.stream().mapToLong(measured::get).average().orElseThrow();
        return new IndicatorValue(breakdown, group, records.size(), null, mean);
    }
}
