package uk.chatbatch.indicators.childrenincare;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;

/**
 * The collection year whose outcomes (OC2, OC3) the indicators report: the one ending on the last 31 March on or
 * before the period end. OC2 and OC3 keep every year's rows; only this year's are read, together with any rows
 * whose file named no year (taken to be this year's). Ages are completed years at its 31 March, which for care
 * leavers is the age reached on the birthday in that year, around which DfE measures them.
 */
public record OutcomeYear(CollectionYear year) {

    /**
     * The window of every indicator computed on this year (OC2, OC3), as its definition states it; the open data
     * time key ({@link uk.chatbatch.opendata.TimeKey#of}) tells those indicators by it.
     */
    public static final String WINDOW = "the collection year ending on the last 31 March on or before the period end";

    public static OutcomeYear endingOnOrBefore(LocalDate periodEnd) {
        LocalDate march31 = LocalDate.of(periodEnd.getYear(), 3, 31);
        return new OutcomeYear(CollectionYear.endingIn(periodEnd.isBefore(march31)
                ? periodEnd.getYear() - 1 : periodEnd.getYear()));
    }

    public LocalDate end() {
        return year.end();
    }

    public List<TableRecord> rows(List<TableRecord> table) {
        return table.stream().filter(r -> r.collectionYear().map(year::equals).orElse(true)).toList();
    }

    /** Completed years at 31 March of the year, or null when the date of birth is blank or after that day. */
    public Integer age(LocalDate dateOfBirth) {
        if (dateOfBirth == null || dateOfBirth.isAfter(end())) {
            return null;
        }
        return Ages.completedYears(dateOfBirth, end());
    }

    /** "2024-25 (ending 31 March 2025)", for definitions and messages. */
    public String describe() {
        return year.label() + " (ending 31 March " + year.endYear() + ")";
    }
}
