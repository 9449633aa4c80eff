package uk.chatbatch.indicators;

import java.util.List;
import java.util.Optional;

/**
 * What an indicator returns for one LA and period: its metadata, a status, a message saying why
 * when it was not computed, its values (whole population first, then breakdowns), and the records
 * it counted, for the drill-down (internal outputs only).
 */
public record IndicatorResult(IndicatorMetadata metadata, IndicatorStatus status, String message,
                              List<IndicatorValue> values, List<CountedRecord> counted) {

    public IndicatorResult {
        values = List.copyOf(values);
        counted = List.copyOf(counted);
        message = message == null ? "" : message;
    }

    /** A result without its drill-down, as read back from the indicators dataset. */
    public IndicatorResult(IndicatorMetadata metadata, IndicatorStatus status, String message,
                           List<IndicatorValue> values) {
        this(metadata, status, message, values, List.of());
    }

    public static IndicatorResult computed(IndicatorMetadata metadata, List<IndicatorValue> values) {
        return computed(metadata, values, List.of());
    }

    public static IndicatorResult computed(IndicatorMetadata metadata, List<IndicatorValue> values,
                                           List<CountedRecord> counted) {
        boolean noCases = metadata.unit() == Unit.PERCENT && values.stream()
                .filter(IndicatorValue::isWholePopulation).anyMatch(v -> v.denominator() == 0);
        return new IndicatorResult(metadata, noCases ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED,
                noCases ? "no " + metadata.denominator() : "", values, counted);
    }

    public static IndicatorResult notComputed(IndicatorMetadata metadata, IndicatorStatus status, String message) {
        return new IndicatorResult(metadata, status, message, List.of());
    }

    /** The same result with a status message saying how it was computed; a "no cases" message is kept. */
    public IndicatorResult withMessage(String howComputed) {
        return status == IndicatorStatus.COMPUTED ? new IndicatorResult(metadata, status, howComputed, values, counted)
                : this;
    }

    /** The whole-population row, when computed. */
    public Optional<IndicatorValue> headline() {
        return values.stream().filter(IndicatorValue::isWholePopulation).findFirst();
    }
}
