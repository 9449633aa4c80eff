package uk.chatbatch.indicators.adoption;

import uk.chatbatch.indicators.Codes;
import uk.chatbatch.indicators.Window;
import uk.chatbatch.indicators.childrenincare.CareEpisode;
import uk.chatbatch.indicators.childrenincare.CareHistory;
import uk.chatbatch.indicators.childrenincare.PeriodOfCare;
import uk.chatbatch.indicators.childrenincare.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Children adopted, as the SSDA903 Episodes table shows them (the adoption scorecard measures ADO-01-903 to
 * ADO-03-903): a period of care that ended with reason ceased E11 or E12, and within it the dates the scorecard
 * measures between.
 */
public final class Adoptions {

    public static final Set<String> ADOPTED = Set.of("E11", "E12");
    public static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
    /** Placement order (E1), and the freeing order (D1) it replaced in December 2005. */
    public static final Set<String> PLACEMENT_ORDER = Set.of("E1", "D1");

    /** One child's adoption: the period of care it ended, and the child's history. */
    public record Adoption(CareHistory history, PeriodOfCare period) {

        /**
         * The episode in which the child moved in with the adopters: the first of the unbroken run of placed-for-
         * adoption episodes (A3 to A6) the period of care ended in; temporary placements within the run do not
         * break it. Empty when the last settled episode was not a placement for adoption.
         */
        Optional<CareEpisode> movedInWithAdopters() {
            List<CareEpisode> episodes = period.episodes();
            int i = episodes.size() - 1;
            while (i >= 0 && episodes.get(i).temporary()) {
                i--;
            }
            CareEpisode first = null;
            for (; i >= 0; i--) {
                CareEpisode e = episodes.get(i);
                if (Codes.oneOf(PLACED_FOR_ADOPTION, e.placementType())) {
                    first = e;
                } else if (!e.temporary()) {
                    break;
                }
            }
            return Optional.ofNullable(first);
        }

        /** The first episode of the period under a placement order (E1) or freeing order (D1). */
        Optional<CareEpisode> placementOrder() {
            return period.episodes().stream().filter(e -> Codes.oneOf(PLACEMENT_ORDER, e.legalStatus())).findFirst();
        }
    }

    private Adoptions() {
    }

    /** Every child adopted in the window (the period of care's DEC in it, REC E11 or E12), in order of child. */
    public static List<Adoption> inWindow(List<CareHistory> histories, Window window) {
        List<Adoption> adoptions = new ArrayList<>();
        for (CareHistory history : histories) {
            for (PeriodOfCare period : history.periods()) {
                if (period.ceased() && window.contains(period.end()) && Codes.oneOf(ADOPTED, period.reasonCeased())) {
                    adoptions.add(new Adoption(history, period));
                }
            }
        }
        return adoptions;
    }
}
