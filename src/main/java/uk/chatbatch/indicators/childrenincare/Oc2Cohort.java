package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.DOB;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The OC2 cohort: children looked after continuously for 12 months or more at 31 March (short breaks excluded),
 * for whom the LA returns OC2. The cohort is who the LA returned OC2 rows for in the {@link OutcomeYear}; it is not
 * re-derived from the episodes. A flag counts when it is 1; 0 and blank do not, and stay in the denominator.
 */
public final class Oc2Cohort {

    /** Words for definitions. */
    public static final String DESCRIPTION = "the children in the SSDA903 OC2 table of the collection year ending on the"
            + " last 31 March on or before the period end (children looked after continuously for 12 months or more"
            + " at that 31 March, short breaks excluded, as the LA returns them; rows from a file that named no"
            + " collection year are taken to be that year's)";
    public static final String WINDOW = OutcomeYear.WINDOW;

    /** One child of the cohort and their age at the year's 31 March (null without a usable date of birth). */
    public record Child(TableRecord row, Integer age) {

        boolean has(Ssda903Field flag) {
            return row.is(flag, "1");
        }
    }

    /**
     * A child of DfE's cohort ({@link ContinuouslyLookedAfterCohort}), with their OC2 row of the year where
     * the LA returned one; a flag of a child without one counts as not done. {@code shown} is the row the
     * drill-down names: the OC2 row, or else the episode open at 31 March.
     */
    public record Member(TableRecord shown, Optional<TableRecord> oc2) {

        boolean has(Ssda903Field flag) {
            return oc2.map(row -> row.is(flag, "1")).orElse(false);
        }
    }

    /** The cohort's members in order of child, and a sentence for the status message saying how it was found. */
    public record Continuous(List<Member> members, String howFound) {
    }

    /** Words for definitions of the indicators that use {@link #lookedAfterContinuously}. */
    public static final String CONTINUOUS = ContinuouslyLookedAfterCohort.DESCRIPTION + ". A child of that cohort"
            + " counts in the numerator when their OC2 row of the year has the flag 1; 0, blank, and no OC2 row at"
            + " all count as not done and stay in the denominator. OC2 rows of children outside the cohort are left"
            + " out (DfE's rule 190 reports them). Without the Episodes table the cohort cannot be derived and is"
            + " taken as the children the LA returned OC2 rows for (rows from a file that named no collection year"
            + " taken to be that year's); the status message says which was used";

    private Oc2Cohort() {
    }

    /** DfE's cohort from the episodes, joined to the year's OC2 rows; the OC2 rows alone without episodes. */
    public static Continuous lookedAfterContinuously(InputData data, IndicatorContext context) {
        OutcomeYear year = OutcomeYear.endingOnOrBefore(context.period().periodEnd());
        Map<String, TableRecord> oc2 = new TreeMap<>();
        for (TableRecord row : year.rows(data.returns().ssda903(Ssda903Table.OC2))) {
            oc2.putIfAbsent(row.childId(), row);
        }
        List<TableRecord> episodes = data.returns().ssda903(Ssda903Table.EPISODES);
        if (episodes.isEmpty()) {
            return new Continuous(oc2.values().stream().map(r -> new Member(r, Optional.of(r))).toList(),
                    "the Episodes table was not supplied, so the cohort is the " + oc2.size() + " children with an"
                            + " OC2 row of " + year.describe());
        }
        List<Member> members = new ArrayList<>();
        int withoutOc2 = 0;
        for (CareHistory history : ChildrenLookedAfter.histories(data)) {
            Optional<PeriodOfCare> period = ContinuouslyLookedAfterCohort.periodOfCare(history, year.year());
            if (period.isEmpty()) {
                continue;
            }
            Optional<TableRecord> row = Optional.ofNullable(oc2.get(history.child()));
            if (row.isEmpty()) {
                withoutOc2++;
            }
            TableRecord atYearEnd = history.episodeOn(year.end()).map(CareEpisode::row)
                    .orElse(period.get().last().row());
            members.add(new Member(row.orElse(atYearEnd), row));
        }
        Set<String> inCohort = new HashSet<>();
        members.forEach(m -> inCohort.add(m.shown().childId()));
        long outside = oc2.keySet().stream().filter(child -> !inCohort.contains(child)).count();
        return new Continuous(members, members.size() + " children looked after continuously for 12 months at 31"
                + " March " + year.end().getYear() + " by the Episodes table; " + outside + " OC2 " + (outside == 1 ? "row" : "rows")
                + " of children outside it left out; " + withoutOc2 + " of the cohort with no OC2 row, counted as not done");
    }

    public static List<Child> of(InputData data, IndicatorContext context) {
        OutcomeYear year = OutcomeYear.endingOnOrBefore(context.period().periodEnd());
        return year.rows(data.returns().ssda903(Ssda903Table.OC2)).stream()
                .sorted(Comparator.comparing(TableRecord::childId))
                .map(row -> new Child(row, year.age(row.date(DOB)))).toList();
    }
}
