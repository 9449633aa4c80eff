package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.ASSESSMENT_ACTUAL_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_CLOSURE_DATE;
import static uk.chatbatch.cin.CinField.CIN_DETAILS_SEQ;
import static uk.chatbatch.cin.CinField.CIN_PLAN_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_REFERRAL_DATE;
import static uk.chatbatch.cin.CinField.CPP_REVIEW_DATE;
import static uk.chatbatch.cin.CinField.CPP_SEQ;
import static uk.chatbatch.cin.CinField.LA_CHILD_ID;
import static uk.chatbatch.cin.CinField.PERSON_DEATH_DATE;
import static uk.chatbatch.cin.CinField.S47_ACTUAL_START_DATE;

import org.junit.jupiter.api.Test;
import uk.chatbatch.cin.CinTable;

/** CIN census events dated after the child's PersonDeathDate (here 10/06/2020). */
class EventAfterDeathTest {

    private final EventAfterDeath check = new EventAfterDeath();

    @Test
    void eventsAfterTheDeathAreFoundAndOnTheDayIsNot() {
        Rows rows = new Rows()
                .cin(CinTable.CHILD, LA_CHILD_ID, "A", PERSON_DEATH_DATE, "10/06/2020")          // line 1
                .cin(CinTable.EPISODE, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1,
                        CIN_REFERRAL_DATE, "01/06/2020", CIN_CLOSURE_DATE, "30/06/2020")         // line 2: closed later: fine
                .cin(CinTable.ASSESSMENT, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1,
                        ASSESSMENT_ACTUAL_START_DATE, "10/06/2020")                              // line 3: on the day: fine
                .cin(CinTable.SECTION_47, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1,
                        S47_ACTUAL_START_DATE, "11/06/2020")                                     // line 4: the day after
                .cin(CinTable.PLAN, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1,
                        CIN_PLAN_START_DATE, "15/06/2020")                                       // line 5
                .cin(CinTable.CP_REVIEW, LA_CHILD_ID, "A", CIN_DETAILS_SEQ, 1, CPP_SEQ, 1,
                        CPP_REVIEW_DATE, "20/06/2020");                                          // line 6
        assertThat(Rows.found(check, rows)).containsExactly(
                "cin.xml 4: S47ActualStartDate 11/06/2020",
                "cin.xml 5: CINPlanStartDate 15/06/2020",
                "cin.xml 6: CPPreviewDate 20/06/2020");
    }

    @Test
    void aReferralAfterDeathNamesRule8555AndNeverShowsTheDeathDate() {
        Rows rows = new Rows()
                .cin(CinTable.CHILD, LA_CHILD_ID, "B", PERSON_DEATH_DATE, "10/06/2020")
                .cin(CinTable.EPISODE, LA_CHILD_ID, "B", CIN_DETAILS_SEQ, 1, CIN_REFERRAL_DATE, "12/06/2020");
        String message = check.find(rows.input()).get(0).message();
        assertThat(message).contains("the referral (12/06/2020) is after the child's PersonDeathDate")
                .contains("DfE rule 8555").doesNotContain("10/06/2020");
    }

    @Test
    void childrenWithNoDeathDateAndOtherChildrensEventsAreNotJudged() {
        Rows rows = new Rows()
                .cin(CinTable.CHILD, LA_CHILD_ID, "C", PERSON_DEATH_DATE, "10/06/2020")
                .cin(CinTable.CHILD, LA_CHILD_ID, "D")
                .cin(CinTable.EPISODE, LA_CHILD_ID, "D", CIN_DETAILS_SEQ, 1, CIN_REFERRAL_DATE, "12/06/2020");
        assertThat(Rows.found(check, rows)).isEmpty();
    }
}
