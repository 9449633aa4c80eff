package uk.chatbatch.indicators.ssda903;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import uk.chatbatch.ssda903.CollectionYear;
import uk.chatbatch.ssda903.Ssda903Record;

/**
 * DfE's OC2 cohort, derived from the Episodes table: children looked after continuously for at least 12 months at
 * 31 March of a collection year. The one place this rule lives; CLA-15-903 and CLA-16-903 take their denominator
 * from it, and a check of OC2 rows for children outside it (DfE rule 190) can use {@link #children}.
 *
 * <p>The rule, as DfE's validation rules 186 to 191 apply it: the period of care open at the end of 31 March
 * (episodes joined where one starts on the day the previous ended and is not a new start, S) began on or before
 * 1 April, the first day of the year, and none of its episodes in the year is under short-break legal status (V3,
 * V4). A child who started after 1 April, ceased during the year (a DEC on 31 March included), had a gap, or had
 * short breaks in the year is not in the cohort.
 */
public final class LookedAfterContinuouslyFor12Months {

    /** Words for definitions. */
    public static final String DESCRIPTION = "children looked after continuously for at least 12 months at 31 March"
            + " of the collection year ending on the last 31 March on or before the period end, as DfE's OC2"
            + " cohort, derived from the SSDA903 Episodes table: the period of care open at the end of that 31 March"
            + " (episodes joined where one starts on the day the previous ended, other than a new start S) began on"
            + " or before 1 April of the year, and none of its episodes in the year was under short breaks (V3,"
            + " V4)";

    private LookedAfterContinuouslyFor12Months() {
    }

    /** The CHILD identifiers of the cohort of the year, sorted, from every year's Episodes rows. */
    public static Set<String> children(List<Ssda903Record> episodes, CollectionYear year) {
        Set<String> cohort = new TreeSet<>();
        for (CareHistory history : CareHistory.of(episodes)) {
            if (periodOfCare(history, year).isPresent()) {
                cohort.add(history.child());
            }
        }
        return cohort;
    }

    /** The period of care that puts the child in the year's cohort, if they are in it. */
    static Optional<PeriodOfCare> periodOfCare(CareHistory history, CollectionYear year) {
        LocalDate firstDay = year.start();
        return history.periodOn(year.end())
                .filter(p -> !p.start().isAfter(firstDay))
                .filter(p -> p.episodes().stream().noneMatch(e -> e.shortBreak()
                        && (e.end() == null || !e.end().isBefore(firstDay))));
    }
}
