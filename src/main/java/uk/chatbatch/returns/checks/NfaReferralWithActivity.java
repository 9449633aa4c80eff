package uk.chatbatch.returns.checks;

import static uk.chatbatch.cin.CinField.CIN_DETAILS_SEQ;
import static uk.chatbatch.cin.CinField.DATE_OF_INITIAL_CPC;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * DfE rule 8831, "activity is recorded against a case marked as a referral with no further action": a CINdetails
 * with ReferralNFA true that has an assessment, a section 47 enquiry, an initial child protection conference (its
 * own DateOfInitialCPC) or a child protection plan. DfE's rule names the first three; a plan follows a conference,
 * so it is activity too. One issue per referral, on its ReferralNFA, listing what it has. A CIN plan is not counted:
 * DfE's rule does not name it. ReferralNFA false or blank is never reported.
 */
final class NfaReferralWithActivity implements ReturnCheck {

    @Override
    public IssueCode code() {
        return IssueCode.NFA_REFERRAL_WITH_ACTIVITY;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        Map<String, int[]> activity = new HashMap<>();
        count(input.data().cin(CinTable.ASSESSMENT), activity, 0);
        count(input.data().cin(CinTable.SECTION_47), activity, 1);
        count(input.data().cin(CinTable.CP_PLAN), activity, 2);
        List<Issue> found = new ArrayList<>();
        for (TableRecord referral : input.data().cin(CinTable.EPISODE)) {
            if (!Boolean.TRUE.equals(referral.yesNo(REFERRAL_NFA))) {
                continue;
            }
            int[] counts = activity.getOrDefault(key(referral), new int[3]);
            List<String> what = new ArrayList<>();
            add(what, counts[0], "assessment", "assessments");
            add(what, counts[1], "section 47 enquiry", "section 47 enquiries");
            if (referral.date(DATE_OF_INITIAL_CPC) != null) {
                what.add("an initial child protection conference on " + Located.date(referral.date(DATE_OF_INITIAL_CPC)));
            }
            add(what, counts[2], "child protection plan", "child protection plans");
            if (!what.isEmpty()) {
                found.add(Located.cin(referral, REFERRAL_NFA, code(), "the referral is marked no further action, but it"
                        + " has " + join(what) + " (DfE rule 8831)"));
            }
        }
        return found;
    }

    private static void count(List<TableRecord> records, Map<String, int[]> activity, int slot) {
        for (TableRecord record : records) {
            activity.computeIfAbsent(key(record), k -> new int[3])[slot]++;
        }
    }

    /** A CINdetails within its file and child: the census has no identifiers below the child. */
    private static String key(TableRecord record) {
        return record.source().file() + '\u0000' + record.childId() + '\u0000' + record.integer(CIN_DETAILS_SEQ);
    }

    private static void add(List<String> what, int n, String one, String many) {
        if (n > 0) {
            what.add(n == 1 ? "1 " + one : n + " " + many);
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
