package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.ingest.IssueCode;

/**
 * The supplied Age of Child (Years) against the completed years from the Date of Birth to the list's
 * reference date (../shared/reference/working-days.md section 5): the row's own event date on the flow
 * Lists 1 to 5 (age at the contact, early help assessment, referral, assessment or strategy discussion),
 * the period end on Lists 6 to 10 (age of the open case or of the child on the adoption list at the
 * extract). A 29 February birthday is reached on 1 March. The supplied age is compared after ingest has
 * truncated it to whole years. Rows without both a date of birth and an age are not checked, nor rows
 * whose date of birth is after the reference date (unborn; {@link EventBeforeBirth} looks at those).
 */
public final class AgeDisagreesWithDateOfBirth implements Check {

    /** The last flow list; from List 6 on, age is taken at the period end. */
    private static final int LAST_FLOW_LIST = 5;

    @Override
    public IssueCode code() {
        return IssueCode.AGE_DISAGREES_WITH_DATE_OF_BIRTH;
    }

    /** The date at which a row's age is measured: its event date on Lists 1 to 5, else the period end. */
    public static LocalDate referenceDate(AnnexARecord row, LocalDate periodEnd) {
        AnnexAList list = row.list();
        return list.number() <= LAST_FLOW_LIST ? row.date(list.eventDate()) : periodEnd;
    }

    @Override
    public List<Finding> find(InputData data, IndicatorContext context) {
        List<Finding> found = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (!list.has(DATE_OF_BIRTH) || !list.has(AGE)) {
                continue;
            }
            for (AnnexARecord row : data.rows(list)) {
                LocalDate dob = row.date(DATE_OF_BIRTH);
                Integer supplied = row.integer(AGE);
                LocalDate at = referenceDate(row, context.period().periodEnd());
                if (dob == null || supplied == null || at == null || dob.isAfter(at)) {
                    continue;
                }
                int years = Period.between(dob, at).getYears();
                if (years != supplied) {
                    String when = list.number() <= LAST_FLOW_LIST
                            ? "at the " + Finding.dated(list.eventDate(), at)
                            : "at the period end (" + Finding.shown(at) + ")";
                    found.add(new Finding(row, AGE, code(), AGE.header() + " is " + supplied
                            + " but the Date of Birth gives " + years + " " + when));
                }
            }
        }
        return found;
    }
}
