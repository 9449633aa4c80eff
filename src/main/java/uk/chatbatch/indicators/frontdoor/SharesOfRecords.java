package uk.chatbatch.indicators.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of ChAT's source (SRC) and ethnicity (ETH) charts: the records that qualify, split into
 * groups, and each group's share of them all. The whole-population row is all of them (100%, or NO_CASES
 * when there are none); each breakdown row has the group's number as numerator, the total as denominator
 * and the group's percentage as value. Unlike {@link uk.chatbatch.indicators.PercentOfRecords}, whose
 * breakdown rows are a rate within each group, these rows add up to 100%.
 *
 * <p>Counting {@link Counted#CHILDREN}, each child counts once, described by their latest qualifying record (by the
 * list's own event date; on the same date, the later row).
 *
 * <p>Used by the early help indicators too; it sits here, not beside the other bases in
 * {@code uk.chatbatch.indicators}, only because that package is shared by every theme.
 */
public abstract class SharesOfRecords implements Indicator {

    /** What is shared out: each record, or each child once. */
    public enum Counted {
        RECORDS,
        /** Each child once, described by their latest record in the window. */
        CHILDREN
    }

    private final Field datedInWindow;
    private final Counted counted;
    private final List<Breakdown<TableRecord>> breakdowns;

    /**
     * @param datedInWindow the date that must be in the six-month window for a record of the source list to count
     * @param counted       records, or children once each
     * @param breakdowns    the groupings, in the order the definition declares them
     */
    @SafeVarargs
    protected SharesOfRecords(Field datedInWindow, Counted counted, Breakdown<TableRecord>... breakdowns) {
        this.datedInWindow = datedInWindow;
        this.counted = counted;
        this.breakdowns = List.of(breakdowns);
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        List<Breakdown<TableRecord>> breakdowns = Breakdown.asDeclared(metadata, this.breakdowns,
                Breakdown::annexAByName);
        List<TableRecord> shared = data.rows(metadata.source()).stream()
                .filter(r -> context.period().inWindow(r.date(datedInWindow))).toList();
        if (counted == Counted.CHILDREN) {
            shared = latestPerChild(shared, metadata.source().eventDate());
        }
        long total = shared.size();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, total, total));
        for (Breakdown<TableRecord> breakdown : breakdowns) {
            for (Map.Entry<String, Long> group : breakdown.tally(shared).entrySet()) {
                values.add(IndicatorValue.percent(breakdown.name(), group.getKey(), group.getValue(), total));
            }
        }
        return IndicatorResult.computed(metadata, values,
                shared.stream().map(r -> CountedRecord.of(r, true, true)).toList());
    }

    static List<TableRecord> latestPerChild(List<TableRecord> records, Field eventDate) {
        Map<String, TableRecord> latest = new LinkedHashMap<>();
        for (TableRecord record : records) {
            latest.merge(record.childId(), record, (kept, next) -> {
                LocalDate keptDate = kept.date(eventDate);
                LocalDate nextDate = next.date(eventDate);
                if (nextDate == null) {
                    return kept;
                }
                return keptDate != null && nextDate.isBefore(keptDate) ? kept : next;
            });
        }
        return List.copyOf(latest.values());
    }
}
