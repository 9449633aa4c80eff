package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of ChAT's "children with multiple records" (MUL) charts: of the records that qualify, how
 * many children have 1, 2, 3, 4 and 5 or more. The whole-population value is the number of distinct
 * children; the breakdown "records per child" always has all five groups, zero included.
 */
public abstract class ChildrenWithMultipleRecords implements Indicator {

    public static final String BREAKDOWN = "records per child";
    public static final List<String> GROUPS = List.of("1", "2", "3", "4", "5 or more");

    /** Whether this record is one of the child's records. */
    protected abstract boolean counts(TableRecord record, IndicatorContext context);

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        Map<String, List<TableRecord>> byChild = new LinkedHashMap<>();
        for (TableRecord record : data.rows(metadata.source())) {
            if (counts(record, context)) {
                byChild.computeIfAbsent(record.childId(), id -> new ArrayList<>()).add(record);
            }
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        GROUPS.forEach(g -> groups.put(g, 0L));
        List<CountedRecord> counted = new ArrayList<>();
        for (List<TableRecord> records : byChild.values()) {
            groups.merge(group(records.size()), 1L, Long::sum);
            records.forEach(r -> counted.add(CountedRecord.of(r, true, false)));
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, byChild.size()));
        groups.forEach((group, n) -> values.add(IndicatorValue.count(BREAKDOWN, group, n)));
        return IndicatorResult.computed(metadata, values, counted);
    }

    static String group(int records) {
        return records >= 5 ? "5 or more" : Integer.toString(records);
    }
}
