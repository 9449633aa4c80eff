package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.AGE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The supplied Age of Child (Years) against the completed years from the Date of Birth. LAs fill the column
 * at the extract, which the workbook does not record, or at the event, so on the flow Lists 1 to 5 (contact,
 * early help assessment, referral, assessment, strategy discussion) an age agrees when it is the age at the
 * row's own event date, at the period end, or at any date between them: any whole number from the age at
 * the earlier of the two dates to the age at the later. On Lists 6 to 10, which describe the child at the
 * extract, the age agrees when it is the age at the period end. A 29 February birthday is reached on 1 March.
 * The supplied age is compared after ingest has truncated it to whole years. Rows without both a date of
 * birth and an age are not checked, nor rows whose date of birth is after the period end, or after the
 * event on a flow list (unborn; {@link EventBeforeBirth} looks at those).
 */
public final class AgeDisagreesWithDateOfBirth implements Check {

    /** The rule in words, for the check's message and DQ-02's definition. */
    public static final String RULE = "On Lists 1 to 5 an age agrees when it is the completed years from the Date of"
            + " Birth at the row's own event date (contact, early help assessment, referral, assessment, strategy"
            + " discussion), at the period end, or at any date between them, since LAs fill the column at the"
            + " extract or at the event and the extract date is not in the workbook; on Lists 6 to 10, which"
            + " describe the child at the extract, it agrees when it is the age at the period end";

    /** The last flow list; from List 6 on, age is taken at the period end. */
    private static final int LAST_FLOW_LIST = 5;

    @Override
    public IssueCode code() {
        return IssueCode.AGE_DISAGREES_WITH_DATE_OF_BIRTH;
    }

    /** The date at which a row's age is described: its event date on Lists 1 to 5, else the period end. */
    public static LocalDate referenceDate(AnnexAList list, TableRecord row, LocalDate periodEnd) {
        return list.number() <= LAST_FLOW_LIST ? row.date(list.eventDate()) : periodEnd;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        LocalDate periodEnd = period.periodEnd();
        List<Finding> found = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (!list.has(DATE_OF_BIRTH) || !list.has(AGE)) {
                continue;
            }
            for (TableRecord row : data.rows(list)) {
                LocalDate dob = row.date(DATE_OF_BIRTH);
                Integer supplied = row.integer(AGE);
                LocalDate event = referenceDate(list, row, periodEnd);
                if (dob == null || supplied == null || event == null || dob.isAfter(event) || dob.isAfter(periodEnd)) {
                    continue;
                }
                int atEvent = Ages.completedYears(dob, event);
                int atEnd = Ages.completedYears(dob, periodEnd);
                if (supplied < Math.min(atEvent, atEnd) || supplied > Math.max(atEvent, atEnd)) {
                    found.add(new Finding(row, AGE, code(), AGE.header() + " is " + supplied + " but the Date of Birth"
                            + " gives " + given(list, event, atEvent, periodEnd, atEnd)));
                }
            }
        }
        return found;
    }

    private static String given(AnnexAList list, LocalDate event, int atEvent, LocalDate periodEnd, int atEnd) {
        String end = "the period end (" + Finding.shown(periodEnd) + ")";
        if (list.number() > LAST_FLOW_LIST || event.equals(periodEnd)) {
            return atEnd + " at " + end;
        }
        String at = "the " + Finding.dated(list.eventDate(), event);
        if (atEvent == atEnd) {
            return atEvent + " at both " + at + " and " + end;
        }
        return atEvent + " at " + at + " and " + atEnd + " at " + end + "; an age from " + Math.min(atEvent, atEnd)
                + " to " + Math.max(atEvent, atEnd) + " agrees";
    }
}
