package uk.chatbatch.indicators;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Runs every indicator of a catalogue over one LA's data for one period, after reading the reference files the
 * job names ({@link ReferenceData}), so no indicator reads a file. Each indicator runs on its
 * own: when its source list is missing or skipped, or an SSDA903 table it needs holds no rows, it is reported as
 * not computed with the reason (never as zero), checked here once for every indicator, and when its code throws it is reported as failed with the message, while the others
 * still run. A record whose working days the calendar cannot settle does not throw this far: the indicator
 * leaves that record out and says so ({@link UndecidedRecords}).
 */
public final class IndicatorEngine {

    private final IndicatorCatalogue catalogue;

    public IndicatorEngine(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The indicators it computes. */
    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** An engine over every indicator the product defines. */
    public static IndicatorEngine forAllIndicators() {
        return new IndicatorEngine(IndicatorCatalogue.discover());
    }

    /**
     * One result per indicator, in catalogue order. Indicators are computed in parallel (each reads the
     * shared data and writes nothing); a parallel stream's {@code toList} keeps catalogue order.
     */
    public List<IndicatorResult> computeAll(InputData data, IndicatorContext context) {
        IndicatorContext withReference = context.withReferenceFor(data);
        return catalogue.indicators().parallelStream().map(indicator -> compute(indicator, data, withReference))
                .toList();
    }

    /** One indicator's result; never throws for a failure inside the indicator. */
    public IndicatorResult compute(Indicator indicator, InputData data, IndicatorContext unread) {
        IndicatorContext context = unread.withReferenceFor(data);
        IndicatorMetadata metadata = indicator.metadata();
        if (metadata.needsSsda903() && !data.returns().ssda903Supplied()) {
            return IndicatorResult.notComputed(metadata, IndicatorStatus.LIST_NOT_SUPPLIED,
                    "the SSDA903 return was not supplied");
        }
        if (metadata.needsCinCensus() && !data.returns().cinSupplied()) {
            return IndicatorResult.notComputed(metadata, IndicatorStatus.LIST_NOT_SUPPLIED,
                    "the CIN census was not supplied");
        }
        for (Ssda903Table table : requiredSsda903Tables(indicator)) {
            if (data.returns().ssda903(table).isEmpty()) {
                // the return does not say whether an empty table was left out: never a silent zero
                return IndicatorResult.notComputed(metadata, IndicatorStatus.LIST_NOT_SUPPLIED,
                        "the SSDA903 " + table.title() + " table was not supplied or holds no rows");
            }
        }
        for (AnnexAList source : metadata.lists()) {
            if (!data.isAvailable(source)) {
                return data.isSkipped(source)
                        ? IndicatorResult.notComputed(metadata, IndicatorStatus.LIST_SKIPPED,
                                skippedMessage(source, data.unavailableReason(source).orElse("")))
                        : IndicatorResult.notComputed(metadata, IndicatorStatus.LIST_NOT_SUPPLIED,
                                source.label() + " was not supplied");
            }
        }
        try {
            IndicatorResult result = indicator.compute(data, context);
            if (result == null) {
                return IndicatorResult.notComputed(metadata, IndicatorStatus.FAILED,
                        indicator.getClass().getName() + " returned no result");
            }
            return result;
        } catch (RuntimeException e) {
            return IndicatorResult.notComputed(metadata, IndicatorStatus.FAILED, messageOf(e));
        }
    }

    private static List<Ssda903Table> requiredSsda903Tables(Indicator indicator) {
        IndicatorDefinition definition = indicator.getClass().getAnnotation(IndicatorDefinition.class);
        return definition == null ? List.of() : List.of(definition.ssda903());
    }

    /** "List 4 (Assessments) was skipped: ...", whether or not the reason already starts with "skipped". */
    static String skippedMessage(AnnexAList list, String reason) {
        String stripped = reason.strip();
        if (stripped.regionMatches(true, 0, "skipped", 0, "skipped".length())) {
            return list.label() + " was " + stripped;
        }
        return stripped.isEmpty() ? list.label() + " was skipped" : list.label() + " was skipped: " + stripped;
    }

    private static String messageOf(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
