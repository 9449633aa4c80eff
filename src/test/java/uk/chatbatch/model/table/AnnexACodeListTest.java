package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeListTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "a) Male                          | GENDER            | Male",
            "Female                           | GENDER            | Female",
            "b) Female                        | GENDER            | Female",
            "c) Not stated/recorded           | GENDER            | Not stated/recorded",
            "q) 6: Police                     | SOURCE            | 6",
            "u) 10: Unknown                   | SOURCE            | 10",
            "p1) 5D: LA services              | SOURCE            | 5D",
            "1A                               | SOURCE            | 1A",
            "e) PR4 - Private provision       | PLACEMENT_PROVIDER | PR4",
            "e) PR4: Private provision        | PLACEMENT_PROVIDER | PR4",
            "f) U6: Foster placement - not FFA | PLACEMENT_TYPE   | U6",
            "a) WBRI                          | ETHNICITY         | WBRI",
            "White British                    | ETHNICITY         | WBRI",
            "t) NOBT                          | ETHNICITY         | NOBT",
            "N1 - Abuse or Neglect            | NEED              | N1",
            "Physical abuse                   | ABUSE             | PHY",
            "b) Physical abuse                | ABUSE             | PHY",
            "NEG                              | ABUSE             | NEG",
            "Yes                              | YES_NO            | Yes",
            "a) Yes                           | YES_NO_UNKNOWN    | Yes",
            "c) Unknown                       | YES_NO_UNKNOWN    | Unknown",
            "E1: Placement order              | LEGAL_STATUS      | E1",
            "Y: Other accommodation           | ACCOMMODATION     | Y",
            "F1: Full time in higher education | ACTIVITY         | F1",
            "a) Yes                           | IN_TOUCH          | YES",
            "d) Refu                          | IN_TOUCH          | REFU",
            "e) No longer requires services   | IN_TOUCH          | NREQ",
            "No                               | IN_TOUCH          | NO",
            "b) Former relevant child         | ELIGIBILITY       | Former relevant child",
            "RD2 - The Court did not make a placement order | REASON_NO_LONGER_PLACED | RD2",
    })
    void matchesTheEmbeddedCodeOrTheLabel(String raw, AnnexACodeList list, String code) {
        assertThat(list.match(raw)).contains(code);
    }

    @ParameterizedTest(name = "{0} is not in {1}")
    @CsvSource(delimiter = '|', value = {
            "Monkey                      | GENDER",
            "Malevolent                  | GENDER",
            "a) Mal                      | GENDER",
            "Police                      | NEED",
            "PSRMEM - Support with memory and cognition | NEED",
            "CS Assessment Updated       | YES_NO_UNKNOWN",
            "11                          | SOURCE",
            "N10                         | NEED",
            "Bed and breakfast please    | ACCOMMODATION",
    })
    void rejectsTextThatOnlyContainsACode(String raw, AnnexACodeList list) {
        assertThat(list.match(raw)).isEmpty();
    }

    @Test
    void nonBreakingSpacesAreOrdinarySpaces() {
        assertThat(AnnexACodeList.PLACEMENT_PROVIDER.match("e)\u00A0PR4\u00A0-\u00A0Private")).contains("PR4");
        assertThat(AnnexACodeList.GENDER.match("\u00A0Female\u00A0")).contains("Female");
    }
}
