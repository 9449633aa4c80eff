package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.ReReferralReading;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * A referral where REF-02's two sources disagree: Number of Referrals in Last 12 Months is 1, so the count says
 * this is the child's only referral in the 12 months up to it, yet List 3 holds an earlier referral of the same
 * child dated in those 12 months (on or after the date 12 calendar months before, and before this one's day).
 *
 * <p>Only this direction is a true contradiction. A count of 2 or more with no earlier referral in the list is
 * not one: the list usually holds six months, so the earlier referral may predate it. A count of 0 is already
 * reported by {@link CountBelowListedEvents} whenever the list holds another referral, and a blank or rejected
 * count is not checked. REF-02 follows the count where it is given, so each finding is a referral the indicator
 * treats as a first referral although the list suggests otherwise.
 */
public final class ReReferralCountDisagrees implements Check {

    static final int SAYS_FIRST_REFERRAL = 1;

    @Override
    public IssueCode code() {
        return IssueCode.RE_REFERRAL_COUNT_DISAGREES;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        List<TableRecord> referrals = data.rows(AnnexAList.REFERRALS);
        Map<String, List<LocalDate>> datesByChild = new HashMap<>();
        for (TableRecord referral : referrals) {
            if (referral.date(DATE_OF_REFERRAL) != null) {
                datesByChild.computeIfAbsent(referral.childId(), id -> new ArrayList<>())
                        .add(referral.date(DATE_OF_REFERRAL));
            }
        }
        List<Finding> found = new ArrayList<>();
        for (TableRecord referral : referrals) {
            Integer count = referral.integer(REFERRALS_LAST_12_MONTHS);
            LocalDate date = referral.date(DATE_OF_REFERRAL);
            if (count == null || count != SAYS_FIRST_REFERRAL || date == null) {
                continue;
            }
            List<LocalDate> childsDates = datesByChild.getOrDefault(referral.childId(), List.of());
            Optional<LocalDate> earlier = childsDates.stream()
                    .filter(d -> ReReferralReading.hasEarlierReferralWithin12Months(date, List.of(d)))
                    .max(LocalDate::compareTo);
            earlier.ifPresent(d -> found.add(new Finding(referral, REFERRALS_LAST_12_MONTHS, code(),
                    REFERRALS_LAST_12_MONTHS.header() + " is 1 (not a re-referral) but List 3 holds an earlier"
                            + " referral of this child, " + Finding.dated(DATE_OF_REFERRAL, d) + ", in the 12 months"
                            + " before this row's " + Finding.dated(DATE_OF_REFERRAL, date)
                            + "; REF-02 follows the count")));
        }
        return found;
    }
}
