package uk.chatbatch.indicators;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.model.table.TableRecord;

/**
 * Ages and the DfE age bands (../shared/reference/working-days.md section 5). Age is completed years at
 * the reference date from the date of birth (a 29 February birthday is reached on 1 March); without a
 * date of birth, the age the LA supplied is used. A date of birth after the reference date is "unborn".
 */
public final class AgeBands {

    public static final String UNBORN = "unborn";
    public static final List<String> BANDS = List.of(UNBORN, "under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17",
            "18 and over", Breakdown.UNKNOWN);

    private AgeBands() {
    }

    /** Completed years at the date, negative when born after it, or null when neither date of birth nor age is known. */
    public static Integer age(TableRecord record, LocalDate at) {
        LocalDate dob = record.table().has(Field.DATE_OF_BIRTH) ? record.date(Field.DATE_OF_BIRTH) : null;
        if (dob != null && at != null) {
            return Ages.completedYears(dob, at);
        }
        return record.table().has(Field.AGE) ? record.integer(Field.AGE) : null;
    }

    public static String band(Integer age) {
        if (age == null) {
            return Breakdown.UNKNOWN;
        }
        if (age < 0) {
            return UNBORN;
        }
        if (age < 1) {
            return "under 1";
        }
        if (age <= 4) {
            return "1 to 4";
        }
        if (age <= 9) {
            return "5 to 9";
        }
        if (age <= 15) {
            return "10 to 15";
        }
        return age <= 17 ? "16 to 17" : "18 and over";
    }
}
