package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.ssda903.Ssda903CodeList;

/** The spelling rules every source's code lists share, and the lists reading a value through them. */
class CodeSpellingTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} (any case), {3} (and spreadsheet numbers)")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | written    | any case | any case, spreadsheet numbers
            a stored code                           | WBRI       | WBRI     | WBRI
            lower case                              | wbri       | WBRI     | WBRI
            surrounding and non-breaking spaces     | ' wbri\u00a0' | WBRI  | WBRI
            a whole number as a spreadsheet writes it | 1.0      | 1.0      | 1
            several zeros after the point           | 12.00      | 12.00    | 12
            a fraction is not a whole number        | 1.5        | 1.5      | 1.5
            a leading zero is kept                  | 01         | 01       | 01
            """)
    void bringsAWrittenValueToTheKeyOfItsCode(String boundary, String written, String anyCase,
                                              String withSpreadsheetNumbers) {
        assertThat(CodeSpelling.ANY_CASE.key(written)).isEqualTo(anyCase);
        assertThat(CodeSpelling.ANY_CASE_SPREADSHEET_NUMBERS.key(written)).isEqualTo(withSpreadsheetNumbers);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # case                                  | written | CIN ETHNICITY code
            any case                                | wbri    | WBRI
            spaces around                           | ' WBRI '| WBRI
            a label is not a code in the census     | White British | none
            """)
    void theCinCensusReadsAnyCaseButNeverALabel(String boundary, String written, String code) {
        assertThat(CinCodeList.ETHNICITY.match(written).map(CinCodeList.Entry::code))
                .isEqualTo(Optional.ofNullable(code));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # case                                  | written | SSDA903 FLAG code
            as stored                               | 1       | 1
            a whole number as a spreadsheet writes it | 1.0   | 1
            true in lower case                      | true    | 1
            a leading zero is not dropped           | 01      | none
            """)
    void theSsda903ReadsSpreadsheetNumbersToo(String boundary, String written, String code) {
        Ssda903CodeList.Lookup found = Ssda903CodeList.FLAG.lookup(written, Optional.empty());
        assertThat(Optional.ofNullable(found.code()).map(Ssda903CodeList.Code::code))
                .isEqualTo(Optional.ofNullable(code));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # case                                  | written            | Annex A placement provider code
            the code in lower case                  | pr4                | PR4
            the template's spelling                 | 'e) PR4 - Private' | PR4
            the code run on into other letters      | PR4x               | none
            """)
    void annexAReadsTheCodeAtTheStartByTheSameRules(String boundary, String written, String code) {
        assertThat(AnnexACodeList.PLACEMENT_PROVIDER.match(written)).isEqualTo(Optional.ofNullable(code));
    }
}
