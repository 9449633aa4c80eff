package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.chatbatch.cin.CinTable.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;

/**
 * The census year comes from the header, and each difference between census years
 * (../shared/reference/cin-census.md section 4) is read, with a warning where the file's year does
 * not have what it holds.
 */
class CinCensusYearTest {

    private static final String BODY = CinXml.child("C1") + "  </Children>\n</Message>\n";

    private static CinCollectingSink read(int censusYear, String child) {
        return CinXml.read(CinXml.census(censusYear, child));
    }

    private static CinCensusHeader header(String collectionDetails) {
        CinCollectingSink sink = CinXml.read(CinXml.header(collectionDetails) + BODY);
        return sink.headers.get(0);
    }

    @Test
    void aCensusYearNoCollectionCouldHaveGivesNoCollectionYear() {
        assertThat(header("<Year>1066</Year>").collectionYear()).as("1066").isEmpty();
        assertThat(header("<Year>1991</Year>").collectionYear()).as("1991, the first plausible")
                .contains(CollectionYear.parse("1990-91"));
    }

    @Test
    void theCensusYearIsTheYearOfTheReferenceDate() {
        CinCensusHeader h = header("<Year>2024</Year>\n      <ReferenceDate>2024-03-31</ReferenceDate>");

        assertThat(h.censusYear()).hasValue(2024);
        assertThat(h.censusYearLabel()).isEqualTo("2023-24");
        assertThat(h.collectionYear()).as("its records' collection year").contains(CollectionYear.parse("2023-24"));
        assertThat(h.periodStart()).contains(LocalDate.of(2023, 4, 1));
        assertThat(h.periodEnd()).contains(LocalDate.of(2024, 3, 31));
        assertThat(h.laCode()).contains("201");
        assertThat(h.collection()).contains("CIN");
    }

    @Test
    void whenYearAndReferenceDateDisagreeTheReferenceDateWins() {
        CinCollectingSink sink = CinXml.read(CinXml.header(
                "<Year>2023</Year>\n      <ReferenceDate>2024-03-31</ReferenceDate>") + BODY);

        assertThat(sink.headers.get(0).censusYear()).hasValue(2024);
        assertThat(sink.issues()).extracting(Issue::code, Issue::sheet, Issue::list, Issue::row, Issue::column)
                .containsExactly(tuple(IssueCode.CIN_HEADER_MISMATCH, "header", "CIN census", 5, "Year"));
    }

    @Test
    void aReferenceDateOtherThan31MarchCountsForThePeriodItFallsIn() {
        CinCollectingSink sink = CinXml.read(CinXml.header("<ReferenceDate>2024-09-30</ReferenceDate>") + BODY);

        assertThat(sink.headers.get(0).censusYear()).as("1 Apr 2024 to 31 Mar 2025").hasValue(2025);
        assertThat(sink.codes()).contains(IssueCode.CIN_HEADER_MISMATCH);
    }

    @Test
    void yearAloneGivesTheCensusYear() {
        CinCensusHeader h = header("<Year>2019</Year>");

        assertThat(h.censusYear()).hasValue(2019);
        assertThat(h.referenceDate()).isEmpty();
    }

    @Test
    void withoutYearOrReferenceDateTheYearIsUnknownAndNoCheckByYearIsMade() {
        CinCollectingSink sink = CinXml.read(CinXml.header("<Year>twenty</Year>") + BODY.replace("3B", "18A"));

        assertThat(sink.headers.get(0).censusYear()).isEmpty();
        assertThat(sink.headers.get(0).censusYearLabel()).isEqualTo("unknown");
        assertThat(sink.codes()).containsExactly(IssueCode.INVALID_NUMBER, IssueCode.CIN_CENSUS_YEAR_UNKNOWN);
        assertThat(sink.clean(ASSESSMENT_FACTOR).get(0).text(CinField.ASSESSMENT_FACTORS)).isEqualTo("18A");
        assertThat(sink.clean(ASSESSMENT_FACTOR).get(0).collectionYear()).isEmpty();
    }

    @Test
    void aFileWithoutAHeaderIsReadWithTheYearUnknown() {
        CinCollectingSink sink = CinXml.read("<Message>\n<Children>\n" + BODY);

        assertThat(sink.headers.get(0).censusYear()).isEmpty();
        assertThat(sink.codes()).containsExactly(IssueCode.CIN_CENSUS_YEAR_UNKNOWN);
        assertThat(sink.clean(CHILD)).hasSize(1);
    }

    @Test
    void genderCurrentUpTo2023To24SexFrom2024To25() {
        String gender = CinXml.child("C1");
        String sex = gender.replace("<GenderCurrent>2</GenderCurrent>", "<Sex>F</Sex>");

        assertThat(read(2024, gender).issues()).isEmpty();
        assertThat(read(2025, sex).issues()).isEmpty();
        CinCollectingSink sexIn2024 = read(2024, sex);
        CinCollectingSink genderIn2025 = read(2025, gender);
        assertThat(sexIn2024.codes()).containsExactly(IssueCode.CIN_ELEMENT_NOT_IN_YEAR);
        assertThat(genderIn2025.codes()).containsExactly(IssueCode.CIN_ELEMENT_NOT_IN_YEAR);
        for (CinCollectingSink sink : new CinCollectingSink[] {sexIn2024, genderIn2025, read(2025, sex)}) {
            assertThat(sink.clean(CHILD).get(0).text(CinField.SEX)).isEqualTo("F");
        }
        assertThat(genderIn2025.clean(CHILD).get(0).text(CinField.GENDER_CURRENT)).isEqualTo("2");
        assertThat(read(2025, sex).clean(CHILD).get(0).text(CinField.GENDER_CURRENT)).isNull();
    }

    @Test
    void sexMapsEveryGenderCurrentCodeAndSaysWhenTheFormsAreCrossed() {
        String child = CinXml.child("C1");
        //                 element and value                          sex  gender_current  warning
        assertSex(child, "<GenderCurrent>1</GenderCurrent>", 2024, "M", "1", false);
        assertSex(child, "<GenderCurrent>2</GenderCurrent>", 2024, "F", "2", false);
        assertSex(child, "<GenderCurrent>0</GenderCurrent>", 2024, "U", "0", false);
        assertSex(child, "<GenderCurrent>9</GenderCurrent>", 2024, "U", "9", false);
        assertSex(child, "<GenderCurrent>F</GenderCurrent>", 2024, "F", null, true);
        assertSex(child, "<Sex>U</Sex>", 2025, "U", null, false);
        assertSex(child, "<Sex>m</Sex>", 2025, "M", null, false);
        assertSex(child, "<Sex>2</Sex>", 2025, "F", "2", true);
    }

    private static void assertSex(String child, String element, int year, String sex, String gender, boolean warned) {
        CinCollectingSink sink = read(year, child.replace("<GenderCurrent>2</GenderCurrent>", element));
        TableRecord record = sink.clean(CHILD).get(0);
        assertThat(record.text(CinField.SEX)).as(element).isEqualTo(sex);
        assertThat(record.text(CinField.GENDER_CURRENT)).as(element).isEqualTo(gender);
        assertThat(sink.issues(IssueCode.CIN_SEX_CODE_FORM)).as(element).hasSize(warned ? 1 : 0);
    }

    @Test
    void sexThatIsNoCodeIsLeftEmptyAndBothElementsReadSex() {
        String child = CinXml.child("C1");
        CinCollectingSink monkey = read(2025, child.replace("<GenderCurrent>2</GenderCurrent>", "<Sex>Monkey</Sex>"));
        CinCollectingSink both = read(2025, child.replace("<GenderCurrent>2</GenderCurrent>",
                "<Sex>M</Sex><GenderCurrent>2</GenderCurrent>"));
        CinCollectingSink neither = read(2025, child.replace("<GenderCurrent>2</GenderCurrent>", ""));

        assertThat(monkey.codes()).containsExactly(IssueCode.INVALID_CODE);
        assertThat(monkey.clean(CHILD).get(0).text(CinField.SEX)).isNull();
        assertThat(both.clean(CHILD).get(0).text(CinField.SEX)).isEqualTo("M");
        assertThat(both.codes()).contains(IssueCode.CIN_REPEATED_ELEMENT);
        assertThat(neither.issues()).extracting(Issue::code, Issue::column)
                .containsExactly(tuple(IssueCode.CIN_MISSING_ELEMENT, "Sex"));
    }

    @Test
    void cinPlanDatesArriveIn2021To22() {
        CinCollectingSink in2021 = read(2021, CinXml.child("C1"));
        CinCollectingSink in2022 = read(2022, CinXml.child("C1"));

        assertThat(in2021.issues()).extracting(Issue::code, Issue::column, Issue::list)
                .containsExactly(tuple(IssueCode.CIN_ELEMENT_NOT_IN_YEAR, "CINPlanDates", "CIN plans"));
        assertThat(in2021.clean(PLAN)).as("read anyway").hasSize(1);
        assertThat(in2022.issues()).isEmpty();
    }

    @Test
    void factorCodesFollowTheirCensusYears() {
        //           code   census year  valid
        assertFactor("18A", 2020, true);
        assertFactor("18A", 2021, false);
        assertFactor("19A", 2024, false);
        assertFactor("18B", 2020, false);
        assertFactor("19C", 2021, true);
        assertFactor("24A", 2021, false);
        assertFactor("24A", 2022, true);
        assertFactor("21", 2017, true);
    }

    private static void assertFactor(String code, int year, boolean valid) {
        String child = CinXml.child("C1").replace("<AssessmentFactors>3B</AssessmentFactors>",
                "<AssessmentFactors>" + code + "</AssessmentFactors>").replace("<CINPlanDates><CINPlanStartDate>"
                + "2023-06-02</CINPlanStartDate></CINPlanDates>", "");
        CinCollectingSink sink = read(year, child);
        assertThat(sink.clean(ASSESSMENT_FACTOR)).as("%s in %d is kept either way", code, year).hasSize(1);
        assertThat(sink.issues(IssueCode.CIN_CODE_NOT_IN_YEAR)).as("%s in %d", code, year).hasSize(valid ? 0 : 1);
    }

    @Test
    void referralSource5DAndClosureRC9ArriveIn2022To23() {
        String child = CinXml.child("C1").replace("<ReferralSource>2A</ReferralSource>",
                "<ReferralSource>5D</ReferralSource><CINclosureDate>2023-06-01</CINclosureDate>"
                        + "<ReasonForClosure>RC9</ReasonForClosure>");

        CinCollectingSink in2022 = read(2022, child);
        assertThat(in2022.issues(IssueCode.CIN_CODE_NOT_IN_YEAR)).extracting(Issue::column, Issue::rawValue)
                .containsExactly(tuple("ReferralSource", "5D"), tuple("ReasonForClosure", "RC9"));
        assertThat(in2022.issues(IssueCode.CIN_CODE_NOT_IN_YEAR).get(0).message())
                .endsWith("<ReferralSource> code 5D (LA services - early help) is used from the 2022-23 census, not in"
                        + " the file's 2021-22 census; it is kept.");
        assertThat(in2022.clean(EPISODE).get(0).text(CinField.REASON_FOR_CLOSURE)).isEqualTo("RC9");
        assertThat(read(2023, child).issues()).isEmpty();
    }

    @Test
    void from2024To25LAchildIDIsAtMostTwentyLettersOrDigits() {
        String child = CinXml.child("child_fails_assessments").replace("<GenderCurrent>2</GenderCurrent>", "<Sex>F</Sex>");

        CinCollectingSink in2025 = read(2025, child);
        assertThat(in2025.issues()).extracting(Issue::code, Issue::rawValue)
                .containsExactly(tuple(IssueCode.CIN_CHILD_ID_FORMAT, "[masked, 23 characters]"));
        assertThat(in2025.clean(CHILD).get(0).childId()).as("kept").isEqualTo("child_fails_assessments");
        assertThat(read(2024, child).issues(IssueCode.CIN_CHILD_ID_FORMAT)).isEmpty();
    }

    @Test
    void the2016SeenSocialWorkerAndTheProvisionalPreProceedingsBlockAreNamedOnceAndNotRead() {
        String child = CinXml.child("C1").replace("<GenderCurrent>2</GenderCurrent>", "<Sex>F</Sex>")
                .replace("<NumberOfPreviousCPP>0</NumberOfPreviousCPP>",
                        "<NumberOfPreviousCPP>0</NumberOfPreviousCPP><SeenSocialWorker>1</SeenSocialWorker>")
                .replace("  </CINdetails>", "    <PreProceedingsandFGDM><PPStartDate>2023-09-01</PPStartDate>"
                        + "<PPOutcome>A</PPOutcome></PreProceedingsandFGDM>\n  </CINdetails>");
        CinCollectingSink sink = read(2026, child + child.replace("C1", "C2"));

        assertThat(sink.issues()).extracting(Issue::code, Issue::column, Issue::list).containsExactly(
                tuple(IssueCode.CIN_ELEMENT_NOT_READ, "PreProceedingsandFGDM", "CIN census"),
                tuple(IssueCode.CIN_ELEMENT_NOT_READ, "SeenSocialWorker", "CIN census"));
        assertThat(sink.issues().get(1).message()).contains("2 <SeenSocialWorker> elements are not read (2016 census"
                + " only); the first is in line ");
        assertThat(sink.clean(CP_PLAN)).hasSize(2);
        assertThat(sink.quarantined()).isEmpty();
    }
}
