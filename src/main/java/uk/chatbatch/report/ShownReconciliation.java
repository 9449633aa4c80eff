package uk.chatbatch.report;

import java.util.Optional;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.reconciliation.ReconciledMeasure.ChildrenCompared;
import uk.chatbatch.reconciliation.ReconciledMeasure.Side;

/**
 * A measure reconciled with a return as one variant may print it. The internal report shows every figure and
 * (on the page) the children's identifiers. The shareable one names no child and withholds: each side's value by
 * {@link SmallNumbers}; the difference when either value is withheld; and all three children counts, zeros
 * included, when any of them is 1 to 4 or either value is withheld: with the values, and with one another, each
 * could be worked out from the rest (only in Annex A plus in both is Annex A's number of children).
 *
 * @param annexA     the Annex A figure, when it has one
 * @param fromReturn the return's figure, when it has one
 */
record ShownReconciliation(ReconciledMeasure measure, Optional<Shown> annexA, Optional<Shown> fromReturn,
                           boolean differenceWithheld, boolean childrenWithheld) {

    /** @throws SuppressionFailedException in the shareable variant, when a figure cannot be judged */
    static ShownReconciliation of(ReconciledMeasure m, ReportVariant variant) {
        boolean shareable = !variant.isInternal();
        Optional<Shown> a = shown(m, m.annexA(), shareable);
        Optional<Shown> r = shown(m, m.fromReturn(), shareable);
        boolean valueWithheld = a.map(Shown::suppressed).orElse(false) || r.map(Shown::suppressed).orElse(false);
        boolean childrenSmall = m.children().map(ShownReconciliation::anySmall).orElse(false);
        return new ShownReconciliation(m, a, r, shareable && valueWithheld && m.difference().isPresent(),
                shareable && m.children().isPresent() && (valueWithheld || childrenSmall));
    }

    private static Optional<Shown> shown(ReconciledMeasure m, Side side, boolean shareable) {
        return side.headline().map(h -> {
            Shown v = Shown.of(h);
            return shareable && side.isComputed() && SmallNumbers.withheld(side.indicatorId(), v, m.unit())
                    ? v.withheld() : v;
        });
    }

    private static boolean anySmall(ChildrenCompared c) {
        return SmallNumbers.isSmall(c.inBoth()) || SmallNumbers.isSmall(c.countOnlyInAnnexA())
                || SmallNumbers.isSmall(c.countOnlyInReturn());
    }
}
