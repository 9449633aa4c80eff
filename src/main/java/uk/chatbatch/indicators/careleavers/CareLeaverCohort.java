package uk.chatbatch.indicators.careleavers;

import static uk.chatbatch.ssda903.Ssda903Field.DOB;
import static uk.chatbatch.ssda903.Ssda903Field.IN_TOUCH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.Codes;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.childrenincare.CareEpisode;
import uk.chatbatch.indicators.childrenincare.CareHistory;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfter;
import uk.chatbatch.indicators.childrenincare.OutcomeYear;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The care leavers of the SSDA903 OC3 table that DfE's care-leaver figures count: the OC3 rows of the
 * {@link OutcomeYear}, leaving out, as DfE does, young people who have died (IN_TOUCH DIED), who returned home to
 * parents for six months or more (RHOM), and, where the Episodes table holds them, those whose care was transferred
 * to another LA (their last period of care ended E3) or who were looked after only under short breaks (every
 * episode V3 or V4). Ages are at 31 March of the year, the age reached on the birthday in that year, around which
 * DfE measures 17 to 21 year olds; 22 to 25 year olds are returned from 2023-24.
 */
public final class CareLeaverCohort {

    public static final String NAME = "age group";
    public static final String AGED_17_TO_18 = "17 to 18";
    public static final String AGED_19_TO_21 = "19 to 21";
    public static final String AGED_22_TO_25 = "22 to 25";
    public static final String OTHER_AGE = "other or unknown age";
    public static final List<String> GROUPS = List.of(AGED_17_TO_18, AGED_19_TO_21, AGED_22_TO_25, OTHER_AGE);
    public static final Set<String> NOT_COUNTED = Set.of("DIED", "RHOM");
    public static final String TRANSFERRED = "E3";

    /** Words for definitions. */
    public static final String DESCRIPTION = "care leavers in the SSDA903 OC3 table of the collection year ending on the"
            + " last 31 March on or before the period end (rows from a file that named no year taken as that year's),"
            + " leaving out, as DfE does, those who have died (IN_TOUCH DIED), those who returned home to parents for"
            + " six months or more (RHOM), and, where the Episodes table holds them, those whose care was transferred"
            + " to another LA (the period of care with the latest DEC ended E3) or who were looked after only under short breaks (V3,"
            + " V4)";
    /** How ages are taken, for definitions. */
    public static final String AGE = "Age is completed years at that 31 March from the OC3 date of birth: the age reached"
            + " on the birthday in that year, around which DfE measures care leavers.";
    public static final String WINDOW = OutcomeYear.WINDOW;

    /** One care leaver and their age at the year's 31 March (null without a usable date of birth). */
    public record CareLeaver(TableRecord row, Integer age) {

        String ageGroup() {
            if (age == null || age < 17 || age > 25) {
                return OTHER_AGE;
            }
            return age <= 18 ? AGED_17_TO_18 : age <= 21 ? AGED_19_TO_21 : AGED_22_TO_25;
        }
    }

    private CareLeaverCohort() {
    }

    public static List<CareLeaver> of(InputData data, IndicatorContext context) {
        OutcomeYear year = OutcomeYear.endingOnOrBefore(context.period().periodEnd());
        Map<String, CareHistory> histories = new HashMap<>();
        ChildrenLookedAfter.histories(data).forEach(h -> histories.put(h.child(), h));
        List<CareLeaver> careLeavers = new ArrayList<>();
        for (TableRecord row : year.rows(data.returns().ssda903(Ssda903Table.OC3))) {
            CareHistory history = histories.get(row.childId());
            if (Codes.oneOf(NOT_COUNTED, row.text(IN_TOUCH)) || history != null && leftOut(history)) {
                continue;
            }
            careLeavers.add(new CareLeaver(row, year.age(row.date(DOB))));
        }
        careLeavers.sort(Comparator.comparing(c -> c.row().childId()));
        return careLeavers;
    }

    private static boolean leftOut(CareHistory history) {
        boolean shortBreaksOnly = history.episodes().stream().allMatch(CareEpisode::shortBreak);
        boolean transferred = history.lastCeased().map(p -> TRANSFERRED.equals(p.reasonCeased())).orElse(false);
        return shortBreaksOnly || transferred;
    }

    public static Breakdown<CareLeaver> ageGroups() {
        return new Breakdown<>(NAME, GROUPS, CareLeaver::ageGroup);
    }
}
