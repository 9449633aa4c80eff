package uk.chatbatch.indicators;

import java.util.List;
import java.util.Optional;

/**
 * What an indicator returns for one LA and period: its metadata, a status, a message saying why
 * when it was not computed, and its values (whole population first, then breakdowns).
 */
public record IndicatorResult(IndicatorMetadata metadata, IndicatorStatus status, String message,
                              List<IndicatorValue> values) {

    public IndicatorResult {
        values = List.copyOf(values);
        message = message == null ? "" : message;
    }

    public static IndicatorResult computed(IndicatorMetadata metadata, List<IndicatorValue> values) {
        boolean noCases = metadata.unit() == Unit.PERCENT && values.stream()
                .filter(IndicatorValue::isWholePopulation).anyMatch(v -> v.denominator() == 0);
        return new IndicatorResult(metadata, noCases ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED,
                noCases ? "no " + metadata.denominator() : "", values);
    }

    public static IndicatorResult notComputed(IndicatorMetadata metadata, IndicatorStatus status, String message) {
        return new IndicatorResult(metadata, status, message, List.of());
    }

    /** The whole-population row, when computed. */
    public Optional<IndicatorValue> headline() {
        return values.stream().filter(IndicatorValue::isWholePopulation).findFirst();
    }
}
