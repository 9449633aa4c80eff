package uk.chatbatch.indicators.ssda903;

import static uk.chatbatch.ssda903.Ssda903Field.DOB;

import java.util.Comparator;
import java.util.List;
import uk.chatbatch.annexa.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Record;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * The OC2 cohort: children looked after continuously for 12 months or more at 31 March (short breaks excluded),
 * for whom the LA returns OC2. The cohort is who the LA returned OC2 rows for in the {@link OutcomeYear}; it is not
 * re-derived from the episodes. A flag counts when it is 1; 0 and blank do not, and stay in the denominator.
 */
final class Oc2Cohort {

    /** Words for definitions. */
    static final String DESCRIPTION = "the children in the SSDA903 OC2 table of the collection year ending on the"
            + " last 31 March on or before the period end (children looked after continuously for 12 months or more"
            + " at that 31 March, short breaks excluded, as the LA returns them; rows from a file that named no"
            + " collection year are taken to be that year's)";
    static final String WINDOW = "the collection year ending on the last 31 March on or before the period end";

    /** One child of the cohort and their age at the year's 31 March (null without a usable date of birth). */
    record Child(Ssda903Record row, Integer age) {

        boolean has(Ssda903Field flag) {
            return row.is(flag, "1");
        }
    }

    private Oc2Cohort() {
    }

    static List<Child> of(InputData data, IndicatorContext context) {
        OutcomeYear year = OutcomeYear.endingOnOrBefore(context.period().periodEnd());
        return year.rows(data.returns().ssda903(Ssda903Table.OC2)).stream()
                .sorted(Comparator.comparing(Ssda903Record::child))
                .map(row -> new Child(row, year.age(row.date(DOB)))).toList();
    }
}
