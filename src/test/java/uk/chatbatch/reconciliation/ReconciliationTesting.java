package uk.chatbatch.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.Source;

/**
 * Hand-made indicator results with their drill-down, so reconciliation tests read as two columns of child
 * identifiers. An id ending in -903 or -CIN is made as a return's indicator, any other as an Annex A list's.
 */
public final class ReconciliationTesting {

    private ReconciliationTesting() {
    }

    /** A count whose numerator is one record per identifier given (repeats are records of the same child). */
    public static IndicatorResult count(String id, String title, String... children) {
        List<CountedRecord> counted = new ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            counted.add(record(id, children[i], i, true, false));
        }
        return IndicatorResult.computed(metadata(id, title, Unit.COUNT),
                List.of(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, children.length)), counted);
    }

    /** A percentage: the numerator's records, then those only in its denominator. */
    public static IndicatorResult percent(String id, String title, List<String> numerator, List<String> denominatorOnly) {
        List<CountedRecord> counted = new ArrayList<>();
        int row = 0;
        for (String child : numerator) {
            counted.add(record(id, child, row++, true, true));
        }
        for (String child : denominatorOnly) {
            counted.add(record(id, child, row++, false, true));
        }
        return IndicatorResult.computed(metadata(id, title, Unit.PERCENT), List.of(IndicatorValue.percent(
                IndicatorValue.ALL, IndicatorValue.ALL, numerator.size(), numerator.size() + denominatorOnly.size())),
                counted);
    }

    public static IndicatorResult notComputed(String id, String title, Unit unit, IndicatorStatus status,
                                              String message) {
        return IndicatorResult.notComputed(metadata(id, title, unit), status, message);
    }

    /** A count as the indicators dataset gives it back: the figure without the records behind it. */
    public static IndicatorResult withoutDrillDown(IndicatorResult result) {
        return new IndicatorResult(result.metadata(), result.status(), result.message(), result.values());
    }

    public static List<String> ids(String... ids) {
        return Arrays.asList(ids);
    }

    public static IndicatorMetadata metadata(String id, String title, Unit unit) {
        boolean fromReturn = Source.ofReturnId(id).isPresent();
        List<String> tables = !fromReturn ? List.of()
                : id.endsWith("-903") ? List.of("SSDA903 episodes") : List.of("CIN census child");
        return new IndicatorMetadata(id, title, "Definition of " + title + ".", "counted", unit == Unit.PERCENT
                ? "records in the base" : "", "at the period end", fromReturn ? null : AnnexAList.CHILDREN_IN_CARE, List.of(),
                fromReturn ? List.of() : List.of(Field.CHILD_ID), unit, Polarity.CONTEXTUAL, ChartType.KPI, List.of(),
                List.of(), tables, List.of());
    }

    private static CountedRecord record(String id, String child, int row, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(child, id.endsWith("-903") ? "SSDA903 Episodes" : id.endsWith("-CIN")
                ? "CIN census" : "List 8", Origin.inSheet("test", id, row + 2), inNumerator, inDenominator);
    }
}
