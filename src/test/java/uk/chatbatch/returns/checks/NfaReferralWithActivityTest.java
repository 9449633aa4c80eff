package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.ASSESSMENT_ACTUAL_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_DETAILS_SEQ;
import static uk.chatbatch.cin.CinField.CIN_PLAN_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_REFERRAL_DATE;
import static uk.chatbatch.cin.CinField.CPP_START_DATE;
import static uk.chatbatch.cin.CinField.DATE_OF_INITIAL_CPC;
import static uk.chatbatch.cin.CinField.LA_CHILD_ID;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.cin.CinField.S47_ACTUAL_START_DATE;

import org.junit.jupiter.api.Test;
import uk.chatbatch.cin.CinTable;

/** DfE rule 8831: a referral marked no further action with an assessment, s47, conference or CP plan. */
class NfaReferralWithActivityTest {

    private final NfaReferralWithActivity check = new NfaReferralWithActivity();

    private static Rows referral(Rows rows, String child, int seq, Boolean nfa, String icpc) {
        return rows.cin(CinTable.EPISODE, LA_CHILD_ID, child, CIN_DETAILS_SEQ, seq, CIN_REFERRAL_DATE, "01/06/2020",
                REFERRAL_NFA, nfa, DATE_OF_INITIAL_CPC, icpc);
    }

    @Test
    void anNfaReferralWithAnAssessmentIsFoundOnItsReferralNfa() {
        Rows rows = referral(new Rows(), "A", 1, true, null);                          // line 1: NFA
        rows.cin(CinTable.ASSESSMENT, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1,
                ASSESSMENT_ACTUAL_START_DATE, "02/06/2020");                           // line 2: its assessment
        referral(rows, "A", 2, false, null);                                           // line 3: not NFA
        rows.cin(CinTable.ASSESSMENT, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 2,
                ASSESSMENT_ACTUAL_START_DATE, "02/07/2020");                           // line 4: right
        assertThat(Rows.found(check, rows)).containsExactly("cin.xml 1: ReferralNFA true");
        assertThat(check.find(rows.input()).get(0).message()).endsWith(
                "the referral is marked no further action, but it has 1 assessment (DfE rule 8831).");
    }

    @Test
    void sectionFortySevensConferencesAndPlansCountAsActivityButACinPlanDoesNot() {
        Rows rows = referral(new Rows(), "B", 1, true, "20/06/2020");                  // line 1: NFA with an ICPC
        rows.cin(CinTable.SECTION_47, LA_CHILD_ID, "B", CIN_DETAILS_SEQ, 1, S47_ACTUAL_START_DATE, "05/06/2020");
        rows.cin(CinTable.CP_PLAN, LA_CHILD_ID, "B", CIN_DETAILS_SEQ, 1, CPP_START_DATE, "20/06/2020");
        referral(rows, "C", 1, true, null);                                            // line 4: NFA, CIN plan only
        rows.cin(CinTable.PLAN, LA_CHILD_ID, "C", CIN_DETAILS_SEQ, 1, CIN_PLAN_START_DATE, "05/06/2020");
        assertThat(Rows.found(check, rows)).containsExactly("cin.xml 1: ReferralNFA true");
        assertThat(check.find(rows.input()).get(0).message()).contains("1 section 47 enquiry, an initial child"
                + " protection conference on 20/06/2020 and 1 child protection plan (DfE rule 8831)");
    }

    @Test
    void anNfaReferralWithNothingAndABlankNfaAreRight() {
        Rows rows = referral(new Rows(), "D", 1, true, null);                          // NFA, nothing after: right
        referral(rows, "E", 1, null, "20/06/2020");                                    // NFA blank: not judged
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void activityBelongsToItsOwnReferralAndChild() {
        Rows rows = referral(new Rows(), "F", 1, true, null);                          // F's first referral: NFA
        rows.cin(CinTable.ASSESSMENT, LA_CHILD_ID, "F", CIN_DETAILS_SEQ, 2,
                ASSESSMENT_ACTUAL_START_DATE, "02/06/2020");                           // F's second referral's
        rows.cin(CinTable.ASSESSMENT, LA_CHILD_ID, "G", CIN_DETAILS_SEQ, 1,
                ASSESSMENT_ACTUAL_START_DATE, "02/06/2020");                           // another child's
        assertThat(Rows.found(check, rows)).isEmpty();
    }
}
