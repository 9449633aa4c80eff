package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.ValueType;
import uk.chatbatch.model.table.TableRecord;

/**
 * A Date of Birth after another date in the same row. One finding per row, on the Date of Birth (the
 * cell most likely wrong), naming the earliest date it is after. On Lists 1 to 7 the date may be right:
 * contacts, referrals, assessments, enquiries, CIN episodes and child protection plans can start before
 * birth, with the date of birth filled in later; the message says so. A child cannot be looked after or
 * on the adoption list before birth (Lists 8 to 10), and List 11 has no date of birth.
 */
public final class EventBeforeBirth implements Check {

    /** The last list on which work before birth is normal practice. */
    private static final int LAST_PRE_BIRTH_LIST = 7;

    @Override
    public IssueCode code() {
        return IssueCode.EVENT_BEFORE_BIRTH;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        List<Finding> found = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (!list.has(DATE_OF_BIRTH)) {
                continue;
            }
            for (TableRecord row : data.rows(list)) {
                LocalDate dob = row.date(DATE_OF_BIRTH);
                if (dob == null) {
                    continue;
                }
                Field earliest = null;
                for (AnnexAList.Column column : list.columns()) {
                    Field field = column.field();
                    LocalDate date = field.type() == ValueType.DATE && field != DATE_OF_BIRTH ? row.date(field) : null;
                    if (date != null && (earliest == null || date.isBefore(row.date(earliest)))) {
                        earliest = field;
                    }
                }
                if (earliest != null && dob.isAfter(row.date(earliest))) {
                    found.add(new Finding(row, DATE_OF_BIRTH, code(), "the Date of Birth is after the "
                            + Finding.dated(earliest, row.date(earliest))
                            + (list.number() <= LAST_PRE_BIRTH_LIST
                                    ? "; correct only if the work began before the child was born" : "")));
                }
            }
        }
        return found;
    }
}
