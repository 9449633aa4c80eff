package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.chatbatch.cin.CinTable.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * One case per quarantine rule: a record whose child identifier or own key is missing or unusable
 * goes to quarantine with everything under it; any other bad value is an issue, left empty, and the
 * record stays. The XML sits beside the expectation it drives.
 */
class CinQuarantineRulesTest {

    private static CinFileResult result;

    private static CinCollectingSink read(String children) {
        CinCollectingSink sink = new CinCollectingSink();
        result = CinXml.read(CinXml.census(2024, children), sink);
        return sink;
    }

    private static List<Long> counts(CinTable table) {
        TableSummary<CinTable> s = result.table(table);
        return List.of(s.rowsRead(), s.rowsClean(), s.rowsQuarantined());
    }

    @Test
    void aChildWithoutLAchildIDIsQuarantinedWithEverythingUnderIt() {
        CinCollectingSink sink = read(CinXml.child("").replace("<LAchildID></LAchildID>", "")
                + CinXml.child("C2"));

        for (CinTable table : CinTable.values()) {
            assertThat(counts(table)).as(table.label()).containsExactly(2L, 1L, 1L);
        }
        assertThat(sink.clean(CHILD)).extracting(TableRecord::childId).containsExactly("C2");
        QuarantinedRecord child = sink.quarantined(CHILD).get(0);
        assertThat(child.issues()).extracting(Issue::code, Issue::column, Issue::row, Issue::sheet)
                .containsExactly(tuple(IssueCode.MISSING_IDENTIFIER, "LAchildID", 12, "child 1"));
        assertThat(child.issues().get(0).message()).isEqualTo("test.xml, line 12 (child 1): <LAchildID> is absent, so"
                + " the child cannot be identified; the child and everything under it are quarantined.");
        QuarantinedRecord review = sink.quarantined(CP_REVIEW).get(0);
        assertThat(review.issues()).extracting(Issue::code).containsExactly(IssueCode.CIN_PARENT_QUARANTINED);
        assertThat(review.issues().get(0).message()).contains("the child it belongs to (line 11, child 1)");
    }

    @Test
    void anEmptyLAchildIDIsMissingAndAnExcelRoundedOneIsUnusable() {
        CinCollectingSink sink = read(CinXml.child("   ") + CinXml.child("12E+4") + CinXml.child("C3"));

        assertThat(counts(CHILD)).containsExactly(3L, 1L, 2L);
        assertThat(sink.quarantined(CHILD)).extracting(q -> q.issues().get(0).code())
                .containsExactly(IssueCode.MISSING_IDENTIFIER, IssueCode.INVALID_IDENTIFIER);
        QuarantinedRecord rounded = sink.quarantined(CHILD).get(1);
        assertThat(rounded.issues().get(0).rawValue()).as("masked in the issue").isEqualTo("[masked, 5 characters]");
        assertThat(rounded.rawValues().get(0)).as("kept as found in quarantine, to fix at source").isEqualTo("12E+4");
    }

    @Test
    void anEpisodeWithoutAUsableReferralDateIsQuarantinedWithItsActivityButTheChildStays() {
        String child = CinXml.child("C1");
        String secondEpisode = child.substring(child.indexOf("  <CINdetails>"), child.indexOf("</Child>"))
                .replace("2023-05-02", "13/13/2023");
        CinCollectingSink sink = read(child.replace("  <CINdetails>\n    <CINreferralDate>2023-05-02</CINreferralDate>\n",
                "  <CINdetails>\n") .replace("</Child>", secondEpisode + "</Child>"));

        assertThat(counts(CHILD)).containsExactly(1L, 1L, 0L);
        assertThat(counts(DISABILITY)).containsExactly(1L, 1L, 0L);
        assertThat(counts(EPISODE)).containsExactly(2L, 0L, 2L);
        assertThat(counts(ASSESSMENT)).containsExactly(2L, 0L, 2L);
        assertThat(counts(CP_REVIEW)).containsExactly(2L, 0L, 2L);
        assertThat(sink.quarantined(EPISODE)).extracting(q -> q.issues().get(0).code(), q -> q.source().location())
                .containsExactly(
                        tuple(IssueCode.MISSING_EVENT_DATE, "child 1, CINdetails 1"),
                        tuple(IssueCode.INVALID_EVENT_DATE, "child 1, CINdetails 2"));
        assertThat(sink.quarantined(EPISODE).get(1).issues().get(0).rawValue()).as("not an identifying date")
                .isEqualTo("13/13/2023");
        assertThat(sink.quarantined(SECTION_47).get(1).issues().get(0).message())
                .contains("the CIN episode it belongs to (line ", "child 1, CINdetails 2) is quarantined");
    }

    @Test
    void anAssessmentWithoutAStartDateIsQuarantinedWithItsFactors() {
        CinCollectingSink sink = read(CinXml.child("C1")
                .replace("<AssessmentActualStartDate>2023-05-03</AssessmentActualStartDate>", ""));

        assertThat(counts(EPISODE)).containsExactly(1L, 1L, 0L);
        assertThat(counts(ASSESSMENT)).containsExactly(1L, 0L, 1L);
        assertThat(counts(ASSESSMENT_FACTOR)).containsExactly(1L, 0L, 1L);
        assertThat(sink.quarantined(ASSESSMENT).get(0).issues()).extracting(Issue::code, Issue::column)
                .containsExactly(tuple(IssueCode.MISSING_EVENT_DATE, "AssessmentActualStartDate"));
        assertThat(sink.quarantined(ASSESSMENT_FACTOR).get(0).issues()).extracting(Issue::code)
                .containsExactly(IssueCode.CIN_PARENT_QUARANTINED);
    }

    @Test
    void aFactorOrDisabilityThatIsNoCodeIsQuarantinedAlone() {
        CinCollectingSink sink = read(CinXml.child("C1")
                .replace("<AssessmentFactors>3B</AssessmentFactors>",
                        "<AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>Monkey</AssessmentFactors>"
                                + "<AssessmentFactors/>")
                .replace("<Disability>NONE</Disability>", "<Disability>NONE</Disability><Disability>BLIND</Disability>"));

        assertThat(counts(ASSESSMENT_FACTOR)).containsExactly(3L, 1L, 2L);
        assertThat(counts(DISABILITY)).containsExactly(2L, 1L, 1L);
        assertThat(counts(ASSESSMENT)).containsExactly(1L, 1L, 0L);
        assertThat(sink.quarantined(ASSESSMENT_FACTOR)).extracting(q -> q.issues().get(0).rawValue())
                .containsExactly("Monkey", "");
        assertThat(sink.quarantined()).extracting(q -> q.issues().get(0).code())
                .containsOnly(IssueCode.CIN_INVALID_KEY_CODE);
    }

    @Test
    void plansEnquiriesAndReviewsNeedTheirOwnStartDates() {
        CinCollectingSink sink = read(CinXml.child("C1")
                .replace("<CINPlanStartDate>2023-06-02</CINPlanStartDate>", "<CINPlanEndDate>2023-07-01</CINPlanEndDate>")
                .replace("<S47ActualStartDate>2023-05-04</S47ActualStartDate>", "<S47ActualStartDate>tbc</S47ActualStartDate>")
                .replace("<CPPreviewDate>2023-08-20</CPPreviewDate>",
                        "<CPPreviewDate>2023-08-20</CPPreviewDate><CPPreviewDate>2023-02-30</CPPreviewDate>"));

        assertThat(counts(PLAN)).containsExactly(1L, 0L, 1L);
        assertThat(counts(SECTION_47)).containsExactly(1L, 0L, 1L);
        assertThat(counts(CP_PLAN)).containsExactly(1L, 1L, 0L);
        assertThat(counts(CP_REVIEW)).containsExactly(2L, 1L, 1L);
        assertThat(sink.quarantined()).extracting(q -> q.issues().get(0).code(), q -> q.issues().get(0).column())
                .containsExactly(
                        tuple(IssueCode.MISSING_EVENT_DATE, "CINPlanStartDate"),
                        tuple(IssueCode.INVALID_EVENT_DATE, "S47ActualStartDate"),
                        tuple(IssueCode.INVALID_EVENT_DATE, "CPPreviewDate"));
    }

    @Test
    void aPlanWithoutAStartDateTakesItsReviewsWithIt() {
        CinCollectingSink sink = read(CinXml.child("C1").replace("<CPPstartDate>2023-05-20</CPPstartDate>", ""));

        assertThat(counts(CP_PLAN)).containsExactly(1L, 0L, 1L);
        assertThat(counts(CP_REVIEW)).containsExactly(1L, 0L, 1L);
        assertThat(sink.quarantined(CP_REVIEW).get(0).rawValues()).as("the plan's keys as found, and its own date")
                .containsExactly("C1", "1", "2023-05-02", "1", "", "2023-08-20");
    }

    @Test
    void otherBadValuesAreLeftEmptyAndTheRecordStays() {
        CinCollectingSink sink = read(CinXml.child("C1")
                .replace("<UPN>A123456789012</UPN>", "<UPN>A12345</UPN>")
                .replace("<ReferralSource>2A</ReferralSource>", "<ReferralSource>School</ReferralSource>")
                .replace("<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "<NumberOfPreviousCPP>-1</NumberOfPreviousCPP>")
                .replace("<ReferralNFA>0</ReferralNFA>", "")
                .replace("<ICPCnotRequired>0</ICPCnotRequired>", "<ICPCnotRequired>Y</ICPCnotRequired>"));

        assertThat(sink.quarantined()).isEmpty();
        assertThat(sink.issues()).extracting(Issue::code, Issue::sheet, Issue::column, Issue::rawValue).containsExactly(
                tuple(IssueCode.CIN_INVALID_UPN, "child 1", "UPN", "[masked, 6 characters]"),
                tuple(IssueCode.INVALID_CODE, "child 1, CINdetails 1", "ReferralSource", "School"),
                tuple(IssueCode.CIN_MISSING_ELEMENT, "child 1, CINdetails 1", "ReferralNFA", ""),
                tuple(IssueCode.INVALID_CODE, "child 1, CINdetails 1, Section47 1", "ICPCnotRequired", "Y"),
                tuple(IssueCode.INVALID_NUMBER, "child 1, CINdetails 1, ChildProtectionPlans 1", "NumberOfPreviousCPP",
                        "-1"));
        assertThat(sink.clean(CHILD).get(0).text(CinField.UPN)).isNull();
        TableRecord episode = sink.clean(EPISODE).get(0);
        assertThat(episode.text(CinField.REFERRAL_SOURCE)).isNull();
        assertThat(episode.yesNo(CinField.REFERRAL_NFA)).isNull();
        assertThat(episode.date(CinField.CIN_REFERRAL_DATE)).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(sink.clean(CP_PLAN).get(0).integer(CinField.NUMBER_OF_PREVIOUS_CPP)).isNull();
        assertThat(sink.issues(IssueCode.INVALID_CODE).get(0).message()).isEqualTo("test.xml, line 25 (child 1,"
                + " CINdetails 1): <ReferralSource> value 'School' is not usable (accepted: 1A, 1B, 1C, 1D, 2A, 2B,"
                + " 3A, 3B, 3C, 3D, 3E, 3F, ... (22 codes)); the value is left empty.");
    }

    @Test
    void yesNoTakesTheSixSpellingsTheSchemasAllow() {
        for (String yes : List.of("1", "true", "TRUE", "True")) {
            CinCollectingSink sink = read(CinXml.child("C1").replace("<ReferralNFA>0</ReferralNFA>",
                    "<ReferralNFA>" + yes + "</ReferralNFA>"));
            assertThat(sink.clean(EPISODE).get(0).yesNo(CinField.REFERRAL_NFA)).as(yes).isTrue();
        }
        for (String no : List.of("0", "false", "FALSE", " false ")) {
            CinCollectingSink sink = read(CinXml.child("C1").replace("<ReferralNFA>0</ReferralNFA>",
                    "<ReferralNFA>" + no + "</ReferralNFA>"));
            assertThat(sink.clean(EPISODE).get(0).yesNo(CinField.REFERRAL_NFA)).as(no).isFalse();
            assertThat(sink.issues()).isEmpty();
        }
    }

    @Test
    void structuralSlipsAreWarningsAndNothingIsLost() {
        CinCollectingSink sink = read(CinXml.child("C1")
                .replace("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity>WBRI</Ethnicity><Ethnicity>WIRI</Ethnicity>")
                .replace("<PrimaryNeedCode>N1</PrimaryNeedCode>", "<PrimaryNeedCode>N1<Note>x</Note></PrimaryNeedCode>")
                .replace("<PersonBirthDate>2015-06-01</PersonBirthDate>", "")
                .replace("  <CINdetails>", "  <Favourite>blue</Favourite>\n  <CINdetails>"));

        assertThat(sink.quarantined()).isEmpty();
        assertThat(sink.issues()).extracting(Issue::code, Issue::column).containsExactly(
                tuple(IssueCode.CIN_UNRECOGNISED_ELEMENT, "Favourite"),
                tuple(IssueCode.CIN_BIRTH_DATES, "PersonBirthDate"),
                tuple(IssueCode.CIN_REPEATED_ELEMENT, "Ethnicity"),
                tuple(IssueCode.CIN_UNRECOGNISED_ELEMENT, "Note"));
        assertThat(sink.clean(CHILD).get(0).text(CinField.ETHNICITY)).as("the first is kept").isEqualTo("WBRI");
        assertThat(sink.clean(EPISODE).get(0).text(CinField.PRIMARY_NEED_CODE)).isEqualTo("N1");
    }

    @Test
    void aChildWithNoEpisodeIsKeptWithAWarning() {
        String child = CinXml.child("C1");
        CinCollectingSink sink = read(child.substring(0, child.indexOf("  <CINdetails>")) + "</Child>\n");

        assertThat(counts(CHILD)).containsExactly(1L, 1L, 0L);
        assertThat(counts(EPISODE)).containsExactly(0L, 0L, 0L);
        assertThat(sink.codes()).containsExactly(IssueCode.CIN_MISSING_ELEMENT);
    }
}
