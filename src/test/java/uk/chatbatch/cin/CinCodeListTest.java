package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.AnnexACodeList;

class CinCodeListTest {

    @Test
    void theListsSharedWithAnnexATakeItsCodes() {
        assertThat(CinCodeList.ETHNICITY.codes()).isEqualTo(AnnexACodeList.ETHNICITY.codes()).hasSize(20);
        assertThat(CinCodeList.REFERRAL_SOURCE.codes()).isEqualTo(AnnexACodeList.SOURCE.codes());
        assertThat(CinCodeList.PRIMARY_NEED.codes()).isEqualTo(AnnexACodeList.NEED.codes());
        assertThat(CinCodeList.REASON_FOR_CLOSURE.codes()).containsExactly("RC1", "RC2", "RC3", "RC4", "RC5", "RC6",
                "RC7", "RC8", "RC9");
        assertThat(CinCodeList.CATEGORY_OF_ABUSE.codes()).containsExactly("NEG", "PHY", "SAB", "EMO", "MUL");
    }

    @Test
    void onlyTheWholeCodeMatchesInAnyCase() {
        //                                      as found           matches
        assertThat(CinCodeList.ETHNICITY.match(" wbri ")).map(CinCodeList.Entry::code).contains("WBRI");
        assertThat(CinCodeList.ASSESSMENT_FACTOR.match("3b")).map(CinCodeList.Entry::code).contains("3B");
        assertThat(CinCodeList.ETHNICITY.match("White British")).as("a label is not a code").isEmpty();
        assertThat(CinCodeList.ETHNICITY.match("UNKNOWN")).as("Annex A's alias is not a CIN code").isEmpty();
        assertThat(CinCodeList.SEX.match("Monkey")).isEmpty();
        assertThat(CinCodeList.SEX.match("Male")).isEmpty();
        assertThat(CinCodeList.REFERRAL_SOURCE.match("5D early help")).isEmpty();
    }

    @Test
    void codesCarryTheCensusYearsTheyAreUsedIn() {
        //                       code   year  valid
        assertValid(CinCodeList.REFERRAL_SOURCE, "5D", 2022, false);
        assertValid(CinCodeList.REFERRAL_SOURCE, "5D", 2023, true);
        assertValid(CinCodeList.REASON_FOR_CLOSURE, "RC9", 2023, true);
        assertValid(CinCodeList.ASSESSMENT_FACTOR, "18A", 2020, true);
        assertValid(CinCodeList.ASSESSMENT_FACTOR, "18A", 2021, false);
        assertValid(CinCodeList.ASSESSMENT_FACTOR, "18C", 2021, true);
        assertValid(CinCodeList.ASSESSMENT_FACTOR, "24A", 2022, true);
        assertValid(CinCodeList.ETHNICITY, "WBRI", 2017, true);
        assertThat(CinCodeList.ASSESSMENT_FACTOR.match("18A").orElseThrow().validity())
                .isEqualTo("used up to the 2019-20 census");
        assertThat(CinCodeList.ASSESSMENT_FACTOR.codes()).hasSize(44);
        assertThat(CinCodeList.DISABILITY.codes()).hasSize(13);
    }

    private static void assertValid(CinCodeList list, String code, int year, boolean valid) {
        assertThat(list.match(code).orElseThrow().validIn(year)).as("%s in %d", code, year).isEqualTo(valid);
    }

    @Test
    void censusYearsAreNamedByTheirPeriod() {
        assertThat(CinCensusHeader.label(2025)).isEqualTo("2024-25");
        assertThat(CinCensusHeader.label(2000)).isEqualTo("1999-00");
        assertThat(CinCensusHeader.censusYearOf(java.time.LocalDate.of(2024, 3, 31))).isEqualTo(2024);
        assertThat(CinCensusHeader.censusYearOf(java.time.LocalDate.of(2024, 4, 1))).isEqualTo(2025);
    }
}
