package uk.chatbatch.indicators.childrenincare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;

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
            + " of the collection year ending on the last 31 March on or before the period end, as DfE's OC2"
            + " cohort, derived from the SSDA903 Episodes table: the period of care open at the end of that 31 March"
            + " (episodes joined where one starts on the day the previous ended, other than a new start S) began on"
            + " or before 1 April of the year, and none of its episodes in the year was under short breaks (V3,"
            + " V4)";

    private final Map<String, CareHistory> byChild;

    private ContinuouslyLookedAfterCohort(Map<String, CareHistory> byChild) {
        this.byChild = byChild;
    }

    /** The cohort as the given episodes (every collection year's kept rows) tell it. */
    public static ContinuouslyLookedAfterCohort of(List<TableRecord> episodes) {
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
        return history != null && periodOfCare(history, year).isPresent();
    }

    /** The period of care that puts the child in the year's cohort, if they are in it. */
    public static Optional<PeriodOfCare> periodOfCare(CareHistory history, CollectionYear year) {
        LocalDate firstDay = year.start();
        return history.periodOn(year.end())
                .filter(p -> !p.start().isAfter(firstDay))
                .filter(p -> p.episodes().stream().noneMatch(e -> e.shortBreak()
                        && (e.end() == null || !e.end().isBefore(firstDay))));
    }

    /** Every child in the cohort of the collection year, in identifier order. */
    public Set<String> children(CollectionYear year) {
        Set<String> children = new TreeSet<>();
        byChild.keySet().stream().filter(child -> includes(child, year)).forEach(children::add);
        return children;
    }
}
