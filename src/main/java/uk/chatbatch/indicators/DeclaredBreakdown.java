package uk.chatbatch.indicators;

import java.util.List;
import uk.chatbatch.indicators.Breakdown.Band;

/**
 * A breakdown as an indicator's definition declares it ({@link IndicatorDefinition.By}): its name, the kind of
 * its groups and, for bands, their bounds. The report reads these instead of guessing from names and labels.
 */
public record DeclaredBreakdown(String name, BreakdownKind kind, BandSet bandSet) {

    static DeclaredBreakdown of(IndicatorDefinition.By by) {
        if ((by.kind() == BreakdownKind.BANDS) != (by.bands() != BandSet.NONE)) {
            throw new IllegalArgumentException("breakdown \"" + by.value() + "\" is of kind " + by.kind()
                    + " with bands " + by.bands() + ": bands, and only bands, declare their band set");
        }
        return new DeclaredBreakdown(by.value(), by.kind(), by.bands());
    }

    /** A breakdown known only by name (metadata not built from an annotation): see {@link BreakdownKind#ofConventionalName}. */
    static DeclaredBreakdown named(String name) {
        return new DeclaredBreakdown(name, BreakdownKind.ofConventionalName(name), BandSet.NONE);
    }

    /** Whether its groups are named staff or their teams, which the shareable report leaves out. */
    public boolean namesStaff() {
        return kind.namesStaff();
    }

    /** The band bounds, lowest first; empty unless it is a {@link BreakdownKind#BANDS} breakdown. */
    public List<Band> bands() {
        return bandSet.bands();
    }
}
