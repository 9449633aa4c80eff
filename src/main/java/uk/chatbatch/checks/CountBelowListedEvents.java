package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_LAST_12_MONTHS;
import static uk.chatbatch.annexa.Field.S47_START_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * A "number in the last 12 months" the LA supplied that is lower than the list's own rows show: Number of
 * Referrals in Last 12 Months on List 3 and Number of Section 47 Enquiries in the last 12 months on List 5.
 *
 * <p>The rule: for a row dated D, count the child's other rows of the same list (same Child Unique ID) dated
 * on or after D minus 12 calendar months and on or before D. The row is a finding when its supplied number
 * is lower than that count. Only a number that is too low can be shown wrong: the lists hold six months, so
 * an LA's higher number may count events before the list starts, and LAs differ on whether the number
 * includes the row's own event, so it is not added. A blank or rejected number is not checked.
 */
public final class CountBelowListedEvents implements Check {

    /** A supplied count and the list's event date it should agree with. */
    public record Count(AnnexAList list, Field count, Field date, String event, String events) {
    }

    public static final List<Count> COUNTS = List.of(
            new Count(AnnexAList.REFERRALS, REFERRALS_LAST_12_MONTHS, DATE_OF_REFERRAL, "referral", "referrals"),
            new Count(AnnexAList.SECTION_47, S47_LAST_12_MONTHS, S47_START_DATE, "section 47 enquiry",
                    "section 47 enquiries"));

    @Override
    public IssueCode code() {
        return IssueCode.COUNT_BELOW_LISTED_EVENTS;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        List<Finding> found = new ArrayList<>();
        for (Count count : COUNTS) {
            List<TableRecord> rows = data.rows(count.list());
            Map<String, List<TableRecord>> byChild = new HashMap<>();
            for (TableRecord row : rows) {
                byChild.computeIfAbsent(row.childId(), id -> new ArrayList<>()).add(row);
            }
            for (TableRecord row : rows) {
                Integer supplied = row.integer(count.count());
                LocalDate date = row.date(count.date());
                if (supplied == null || date == null) {
                    continue;
                }
                LocalDate earliest = date.minusMonths(Timescales.LAST_12_MONTHS);
                long listed = byChild.get(row.childId()).stream()
                        .filter(other -> other != row)
                        .map(other -> other.date(count.date()))
                        .filter(d -> d != null && !d.isBefore(earliest) && !d.isAfter(date))
                        .count();
                if (supplied < listed) {
                    found.add(new Finding(row, count.count(), code(), count.count().header() + " is " + supplied
                            + " but " + count.list().label() + " holds " + listed + " other " + (listed == 1 ? count.event() : count.events())
                            + " of this child in the 12 months up to this row's " + Finding.dated(count.date(), date)));
                }
            }
        }
        return found;
    }
}
