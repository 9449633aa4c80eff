package uk.chatbatch.annexa;

import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.REFERRALS_LAST_12_MONTHS;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.model.table.TableRecord;

/**
 * Whether one referral is a re-referral, as REF-02 and REF-02C read it. List 3 usually holds only six months
 * of referrals, so the LA's own Number of Referrals in Last 12 Months is the source: it counts this referral
 * and those before it in the 12 months (the reading of the catalogue's "more than 1" shortcut), so 2 or more
 * is a re-referral. A count that is blank, not a whole number or 0 (which contradicts the referral itself)
 * cannot say, and then the child's referrals in the list are looked back through instead.
 *
 * @param reReferral    whether the referral is a re-referral
 * @param fromCountField whether the count field said so (false: the list's own dates did)
 */
public record ReReferralReading(boolean reReferral, boolean fromCountField) {

    static final int RE_REFERRAL_COUNT = 2;

    /** Reads a referral, with the dates of every referral of the same child in the list. */
    public static ReReferralReading of(TableRecord referral, List<LocalDate> childsReferralDates) {
        Integer count = referral.integer(REFERRALS_LAST_12_MONTHS);
        if (count != null && count >= 1) {
            return new ReReferralReading(count >= RE_REFERRAL_COUNT, true);
        }
        return new ReReferralReading(
                hasEarlierReferralWithin12Months(referral.date(DATE_OF_REFERRAL), childsReferralDates), false);
    }

    /**
     * Whether the list holds another referral of the child dated on or after the date 12 calendar months
     * before this one and before this one's own day (another referral on the same day is not earlier).
     */
    public static boolean hasEarlierReferralWithin12Months(LocalDate referral, List<LocalDate> childsReferrals) {
        LocalDate earliest = referral.minusMonths(Timescales.LAST_12_MONTHS);
        return childsReferrals.stream().anyMatch(other -> !other.isBefore(earliest) && other.isBefore(referral));
    }

    /** The status message saying which source decided how many of the referrals or children. */
    public static String sources(long fromCountField, long fromListDates) {
        if (fromCountField + fromListDates == 0) {
            return "";
        }
        if (fromListDates == 0) {
            return "re-referrals read from " + REFERRALS_LAST_12_MONTHS.header() + " for all " + referrals(fromCountField);
        }
        if (fromCountField == 0) {
            return REFERRALS_LAST_12_MONTHS.header() + " not given: re-referrals found from List 3's own dates,"
                    + " which see only the referrals the list holds";
        }
        return "re-referrals read from " + REFERRALS_LAST_12_MONTHS.header() + " for " + referrals(fromCountField)
                + " and from List 3's own dates for " + fromListDates + " (count blank, not a whole number, or 0)";
    }

    private static String referrals(long n) {
        return n + (n == 1 ? " referral" : " referrals");
    }
}
