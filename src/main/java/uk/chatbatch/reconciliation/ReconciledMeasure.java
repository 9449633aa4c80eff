package uk.chatbatch.reconciliation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.Source;

/**
 * One measure as Annex A and a return each give it: both indicators' statuses and whole-population figures,
 * the difference between them, and which children are in one source's numerator and not the other's.
 *
 * @param measure      the measure in plain English: the Annex A indicator's title
 * @param annexAId     e.g. "CLA-01"
 * @param returnId     e.g. "CLA-01-903"
 * @param returnSource the return the second id comes from
 * @param unit         the Annex A indicator's unit; the difference is in its terms (percentages in points)
 * @param annexA       the Annex A side
 * @param fromReturn   the return's side
 * @param difference   return minus Annex A; empty when either side has no value or the units differ, never zero
 *                     for "not known"
 * @param children     the children compared; empty when either side did not run or its drill-down is not at hand
 * @param note         what a reader needs to know: why something is not compared, and which identifiers were
 *                     matched
 */
public record ReconciledMeasure(String measure, String annexAId, String returnId, Source returnSource, Unit unit,
                                Side annexA, Side fromReturn, Optional<Double> difference,
                                Optional<ChildrenCompared> children, String note) {

    public ReconciledMeasure {
        Objects.requireNonNull(annexA, "annexA");
        Objects.requireNonNull(fromReturn, "fromReturn");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(children, "children");
        if (!Source.returns().contains(returnSource)) {
            throw new IllegalArgumentException("a measure is reconciled with a return (SSDA903 or the CIN census), not "
                    + returnSource);
        }
        note = note == null ? "" : note;
    }

    /**
     * One indicator of the pair: its id, its status, and its whole-population figure when it has one (a
     * percentage with no cases has one, with no value).
     */
    public record Side(String indicatorId, IndicatorStatus status, Optional<IndicatorValue> headline) {

        public Side {
            Objects.requireNonNull(headline, "headline");
        }

        static Side of(IndicatorResult result) {
            return new Side(result.metadata().id(), result.status(), result.headline());
        }

        public boolean isComputed() {
            return status == IndicatorStatus.COMPUTED;
        }

        /** The figure, when computed and there was something to divide by. */
        public Optional<Double> value() {
            return isComputed() ? headline.map(IndicatorValue::value) : Optional.empty();
        }
    }

    /**
     * The distinct child identifiers in each side's numerator, compared as sets after trimming.
     *
     * @param onlyInAnnexA identifiers in the Annex A numerator and not the return's, sorted
     * @param onlyInReturn identifiers in the return's numerator and not Annex A's, sorted
     * @param inBoth       how many identifiers are in both
     */
    public record ChildrenCompared(List<String> onlyInAnnexA, List<String> onlyInReturn, long inBoth) {

        public ChildrenCompared {
            onlyInAnnexA = List.copyOf(onlyInAnnexA);
            onlyInReturn = List.copyOf(onlyInReturn);
        }

        public long countOnlyInAnnexA() {
            return onlyInAnnexA.size();
        }

        public long countOnlyInReturn() {
            return onlyInReturn.size();
        }
    }
}
