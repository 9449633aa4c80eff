package uk.chatbatch.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.reconciliation.ReconciledMeasure.ChildrenCompared;
import uk.chatbatch.reconciliation.ReconciledMeasure.Side;

/**
 * Puts each Annex A measure beside the same measure from a statutory return. The pairs come from the ids
 * alone: a result whose id ends in {@code -903} or {@code -CIN} pairs with the result whose id is the same
 * without that suffix, when both are among the results ({@code CLA-01} with {@code CLA-01-903}, {@code CP-01}
 * with {@code CP-01-CIN}). An id with no partner is left out. The measure's name is the Annex A indicator's
 * title.
 *
 * <p>For each pair: both statuses and whole-population figures; the difference, return minus Annex A, in the
 * unit's terms (a count as a number, a percentage in points), given only when both were computed in the same
 * unit; and the children in one source's numerator and not the other's. For a count the numerator is every
 * counted record; for a percentage the records counted in its numerator. Children are the distinct identifiers
 * of those records, trimmed, blanks left out, compared as sets. A count of records can therefore exceed its
 * children: a child with two open rows counts twice in the value and once in the comparison.
 *
 * <p>Identifiers are compared as the LA sends them: Annex A's Child Unique ID against SSDA903's CHILD or the
 * CIN census's LAchildID. They match only where the LA uses one identifier across its systems; where it does
 * not, every child shows as in one source only. The two versions of a measure may also be defined differently
 * (a six-month window against DfE's year, short breaks kept or left out), so a difference is a question to
 * ask, not by itself an error.
 */
public final class Reconciliation {

    /** The report's and the dataset's statement of how children are matched. */
    public static final String IDENTIFIERS = "Children are matched on their identifiers exactly as the LA sends them"
            + " (trimmed): Annex A's " + Source.ANNEX_A.childIdentifier() + " against SSDA903's "
            + Source.SSDA903.childIdentifier() + " or the CIN census's " + Source.CIN_CENSUS.childIdentifier()
            + ". These match only where the LA uses one identifier for a child across its systems; where it does not,"
            + " every child shows as found in one source only.";

    private Reconciliation() {
    }

    /** One measure per pair of ids present, in the order the Annex A ids come in, SSDA903 before CIN census. */
    public static List<ReconciledMeasure> of(List<IndicatorResult> results) {
        Map<String, IndicatorResult> byId = new LinkedHashMap<>();
        for (IndicatorResult r : results) {
            byId.putIfAbsent(r.metadata().id(), r);
        }
        List<ReconciledMeasure> measures = new ArrayList<>();
        for (Map.Entry<String, IndicatorResult> entry : byId.entrySet()) {
            if (Source.ofReturnId(entry.getKey()).isPresent()) {
                continue;
            }
            for (Source source : Source.returns()) {
                IndicatorResult fromReturn = byId.get(entry.getKey() + source.idSuffix());
                if (fromReturn != null) {
                    measures.add(reconcile(entry.getValue(), fromReturn, source));
                }
            }
        }
        return List.copyOf(measures);
    }

    static ReconciledMeasure reconcile(IndicatorResult annexA, IndicatorResult fromReturn, Source source) {
        Side a = Side.of(annexA);
        Side r = Side.of(fromReturn);
        List<String> note = new ArrayList<>();
        boolean sameUnit = annexA.metadata().unit() == fromReturn.metadata().unit();

        Optional<Double> difference = Optional.empty();
        if (a.value().isPresent() && r.value().isPresent() && sameUnit) {
            difference = Optional.of(r.value().get() - a.value().get());
        } else {
            why("Annex A", a, annexA.message()).ifPresent(note::add);
            why(source.label(), r, fromReturn.message()).ifPresent(note::add);
            if (!sameUnit) {
                note.add("The two are in different units (" + annexA.metadata().unit().label() + " and "
                        + fromReturn.metadata().unit().label() + ").");
            }
            note.add("No difference is given.");
        }

        Optional<ChildrenCompared> children = Optional.empty();
        Optional<TreeSet<String>> inAnnexA = numeratorChildren(annexA);
        Optional<TreeSet<String>> inReturn = numeratorChildren(fromReturn);
        if (ran(annexA) && ran(fromReturn)) {
            if (inAnnexA.isPresent() && inReturn.isPresent()) {
                children = Optional.of(compare(inAnnexA.get(), inReturn.get()));
                note.add("Children matched on Annex A " + Source.ANNEX_A.childIdentifier() + " against " + source.label()
                        + " " + source.childIdentifier() + " as the LA sends them; they match only where the LA uses one"
                        + " identifier across systems.");
            } else {
                List<String> missing = new ArrayList<>();
                if (inAnnexA.isEmpty()) {
                    missing.add(a.indicatorId());
                }
                if (inReturn.isEmpty()) {
                    missing.add(r.indicatorId());
                }
                note.add("The children behind " + String.join(" and ", missing)
                        + " are not at hand, so children are not compared.");
            }
        } else {
            note.add("Children are not compared.");
        }
        return new ReconciledMeasure(annexA.metadata().title(), a.indicatorId(), r.indicatorId(), source,
                annexA.metadata().unit(), a, r, difference, children, String.join(" ", note));
    }

    /** Both sets, as only in one, only in the other, and the number in both. */
    static ChildrenCompared compare(TreeSet<String> annexA, TreeSet<String> fromReturn) {
        List<String> onlyA = annexA.stream().filter(id -> !fromReturn.contains(id)).toList();
        List<String> onlyR = fromReturn.stream().filter(id -> !annexA.contains(id)).toList();
        return new ChildrenCompared(onlyA, onlyR, annexA.size() - onlyA.size());
    }

    /**
     * The distinct, trimmed identifiers of the records in the numerator; empty when the numerator counts
     * something but the drill-down holds none of it (a result read back from the indicators dataset).
     */
    static Optional<TreeSet<String>> numeratorChildren(IndicatorResult result) {
        TreeSet<String> ids = new TreeSet<>();
        boolean any = false;
        for (CountedRecord record : result.counted()) {
            if (!record.inNumerator()) {
                continue;
            }
            any = true;
            String id = record.childId() == null ? "" : record.childId().strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        long numerator = result.headline().map(IndicatorValue::numerator).orElse(0L);
        return any || numerator == 0 ? Optional.of(ids) : Optional.empty();
    }

    /** Whether the indicator ran over its data: computed, or a percentage that found no cases. */
    private static boolean ran(IndicatorResult result) {
        return result.status() == IndicatorStatus.COMPUTED || result.status() == IndicatorStatus.NO_CASES;
    }

    /** "Annex A (CLA-01) was not computed (list not supplied: List 8 ... was not supplied)." */
    private static Optional<String> why(String source, Side side, String message) {
        if (side.value().isPresent()) {
            return Optional.empty();
        }
        String detail = message == null || message.isBlank() ? "" : ": " + message.strip();
        if (side.status() == IndicatorStatus.NO_CASES) {
            return Optional.of(source + " (" + side.indicatorId() + ") has no cases" + detail + ".");
        }
        if (side.isComputed()) {
            return Optional.of(source + " (" + side.indicatorId() + ") has no value.");
        }
        return Optional.of(source + " (" + side.indicatorId() + ") was not computed (" + side.status().label()
                + detail + ").");
    }
}
