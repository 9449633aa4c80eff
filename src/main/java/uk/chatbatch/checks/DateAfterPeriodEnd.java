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
 * A date after the period end, the day the extract describes: nothing recorded can have happened yet.
 * One finding per cell. The Date of Birth is not checked: an unborn child's expected date of birth is
 * rightly after the period end (../shared/reference/working-days.md section 5).
 */
public final class DateAfterPeriodEnd implements Check {

    @Override
    public IssueCode code() {
        return IssueCode.DATE_AFTER_PERIOD_END;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        LocalDate periodEnd = period.periodEnd();
        List<Finding> found = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            for (TableRecord row : data.rows(list)) {
                for (AnnexAList.Column column : list.columns()) {
                    Field field = column.field();
                    if (field.type() != ValueType.DATE || field == DATE_OF_BIRTH) {
                        continue;
                    }
                    LocalDate date = row.date(field);
                    if (date != null && date.isAfter(periodEnd)) {
                        found.add(new Finding(row, field, code(), Finding.dated(field, date)
                                + " is after the period end (" + Finding.shown(periodEnd) + ")"));
                    }
                }
            }
        }
        return found;
    }
}
