package uk.chatbatch.indicators.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.chatbatch.ssda903.CollectionYear;
import uk.chatbatch.ssda903.Ssda903Record;

/**
 * DfE's OC2 cohort, worked out from the Episodes table: children looked after continuously for at least 12 months at
 * 31 March, short breaks excluded. This is the one place the cohort is computed; the OC2 indicators (CLA-15-903,
 * CLA-16-903, ...) and the check for OC2 rows outside the cohort (DfE rule 190) both ask it.
 *
 * <p>A child is in the cohort of a collection year when, at the end of its 31 March, they are in a period of care
 * (episodes joined end to start, as {@link CareHistory} joins them) that began on or before the year's 1 April and
 * has no episode under a short-break legal status (V3, V4) during the year. Boundaries: a period that began on the
 * year's 1 April itself is in (DfE's validator reads "12 months at 31 March" so); a period whose last episode ceased
 * on 31 March is out, since the child is not looked after at the end of that day (as CLA-01-903 reads "looked after
 * at 31 March").
 */
public final class ContinuouslyLookedAfterCohort {

    /** Words for definitions and messages. */
    public static final String DESCRIPTION = "children looked after continuously for at least 12 months at 31 March"
            + " (from the SSDA903 episodes: in a period of care at the end of 31 March that began on or before the"
            + " previous 1 April, with no short-break episode, V3 or V4, during the year)";

    private final Map<String, CareHistory> byChild;

    private ContinuouslyLookedAfterCohort(Map<String, CareHistory> byChild) {
        this.byChild = byChild;
    }

    /** The cohort as the given episodes (every collection year's kept rows) tell it. */
    public static ContinuouslyLookedAfterCohort of(List<Ssda903Record> episodes) {
        Map<String, CareHistory> byChild = new TreeMap<>();
        for (CareHistory history : CareHistory.of(episodes)) {
            byChild.put(history.child(), history);
        }
        return new ContinuouslyLookedAfterCohort(byChild);
    }

    /**
     * The collection year whose cohort a run reports, and the year taken for OC2 rows from a file that named none:
     * the one ending on the last 31 March on or before the period end.
     */
    public static CollectionYear yearEndingOnOrBefore(LocalDate periodEnd) {
        return OutcomeYear.endingOnOrBefore(periodEnd).year();
    }

    /** Whether the child is in the cohort of the collection year (looked after continuously at its 31 March). */
    public boolean includes(String child, CollectionYear year) {
        CareHistory history = byChild.get(child);
        if (history == null) {
            return false;
        }
        LocalDate march31 = year.end();
        Optional<PeriodOfCare> period = history.periodOn(march31);
        return period.isPresent() && !period.get().start().isAfter(year.start())
                && period.get().episodes().stream().noneMatch(e -> e.shortBreak() && overlaps(e, year));
    }

    /** Every child in the cohort of the collection year, in identifier order. */
    public Set<String> children(CollectionYear year) {
        Set<String> children = new TreeSet<>();
        byChild.keySet().stream().filter(child -> includes(child, year)).forEach(children::add);
        return children;
    }

    private static boolean overlaps(CareEpisode episode, CollectionYear year) {
        return !episode.start().isAfter(year.end()) && (episode.end() == null || episode.end().isAfter(year.start()));
    }
}
