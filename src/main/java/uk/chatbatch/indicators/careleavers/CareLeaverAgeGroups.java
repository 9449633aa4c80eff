package uk.chatbatch.indicators.careleavers;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.model.table.TableRecord;

/**
 * The care-leaver age groups DfE reports (17 to 18, 19 to 21, 22 to 25), taken at the period end: completed
 * years from the Date of Birth, or the supplied age when there is no date of birth
 * (../shared/reference/working-days.md section 5). DfE measures care leavers around their birthday; Annex A
 * gives one snapshot, so age at the period end is the nearest equivalent. List 9 also holds relevant and
 * eligible children of 16, and a few over 25, so those groups are kept too.
 */
final class CareLeaverAgeGroups {

    static final String NAME = "age group";
    static final String UNDER_17 = "under 17";
    static final String AGED_17_TO_18 = "17 to 18";
    static final String AGED_19_TO_21 = "19 to 21";
    static final String AGED_22_TO_25 = "22 to 25";
    static final String OVER_25 = "26 and over";
    static final List<String> GROUPS = List.of(UNDER_17, AGED_17_TO_18, AGED_19_TO_21, AGED_22_TO_25, OVER_25,
            Breakdown.UNKNOWN);

    private CareLeaverAgeGroups() {
    }

    /** The group at the period end; unknown without a date of birth or age, or with a birth after the period end. */
    static String group(TableRecord careLeaver, LocalDate periodEnd) {
        Integer age = AgeBands.age(careLeaver, periodEnd);
        if (age == null || age < 0) {
            return Breakdown.UNKNOWN;
        }
        if (age < 17) {
            return UNDER_17;
        }
        if (age <= 18) {
            return AGED_17_TO_18;
        }
        if (age <= 21) {
            return AGED_19_TO_21;
        }
        return age <= 25 ? AGED_22_TO_25 : OVER_25;
    }

    static boolean aged19To21(TableRecord careLeaver, LocalDate periodEnd) {
        return AGED_19_TO_21.equals(group(careLeaver, periodEnd));
    }

    static Breakdown<TableRecord> breakdown(LocalDate periodEnd) {
        return new Breakdown<TableRecord>(NAME, GROUPS, r -> group(r, periodEnd));
    }
}
