package uk.chatbatch.indicators;

import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/**
 * One record an indicator looked at, for the drill-down: which child (or adopter), which row it came
 * from, and whether it is in the numerator and the denominator. For a count, the counted records are
 * in the numerator and there is no denominator.
 */
public record CountedRecord(String childId, String list, Origin source, boolean inNumerator,
                            boolean inDenominator) {

    public static CountedRecord of(TableRecord record, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(record.childId(), record.table().label(), record.source(), inNumerator,
                inDenominator);
    }
}
