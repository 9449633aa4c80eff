package uk.chatbatch.indicators;

import java.util.List;
import java.util.Optional;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of a count indicator over an Annex A list ({@link CountOf} over its records): the records of the
 * source list that meet one condition. A subclass says which records count (and, optionally, how to break them
 * down). Records are counted, not distinct children, unless {@link #countsChildren()} says otherwise.
 */
public abstract class CountOfRecords extends CountOf<TableRecord> {

    /** Whether this record is counted. */
    @Override
    protected abstract boolean counts(TableRecord record, IndicatorContext context);

    /** Whether children are counted rather than records, as ChAT counts them: each child once. Records by default. */
    protected boolean countsChildren() {
        return false;
    }

    @Override
    protected final List<TableRecord> items(InputData data, IndicatorContext context) {
        return data.rows(metadata().source());
    }

    @Override
    protected final Optional<Breakdown<TableRecord>> byNameAlone(String name) {
        return Breakdown.annexAByName(name);
    }

    @Override
    protected final DrillDown<TableRecord> drillDown() {
        return DrillDown.annexA();
    }

    @Override
    protected final List<TableRecord> counted(List<TableRecord> meetingTheCondition) {
        return countsChildren() ? Children.describedBy(meetingTheCondition, meetingTheCondition) : meetingTheCondition;
    }
}
