package uk.chatbatch.shareable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each named transform on its boundary cases. */
class TransformTest {

    static final Pseudonymiser KEY = new Pseudonymiser("an LA's key of at least 32 characters".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "SW1A 1AA  | SW1A",   // outward code with a letter after the digit
            "SW1A1AA   | SW1A",   // no space
            "sw1a 1aa  | SW1A",   // lower case
            " M1 1AE   | M1",     // shortest outward code, spaces around
            "M11AE     | M1",     // M1 1AE without its space: the inward code is always digit, letter, letter
            "B33 8TH   | B33",    // two digits
            "CR2 6XH   | CR2",
            "DN55  1PT | DN55",   // two spaces inside
            "LS1       | LS1",    // an outward code alone is already a district
            "M1 1A     | none",   // inward code cut short: not a postcode, left empty
            "1AA 2BB   | none",   // starts with a digit
            "unknown   | none",   // free text
            "''        | none",   // blank
    })
    void aPostcodeIsCutToItsDistrictAndAnythingElseIsLeftEmpty(String postcode, String district) {
        assertThat(Transform.POSTCODE_DISTRICT.apply(postcode, KEY)).isEqualTo(district);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2015-03-01, 2015-03-01",   // already the first
            "2015-03-31, 2015-03-01",   // last day of a long month
            "2016-02-29, 2016-02-01",   // leap day
            "2015-12-31, 2015-12-01",   // year end stays in its year
    })
    void aDateOfBirthMovesToTheFirstOfItsMonth(LocalDate date, LocalDate first) {
        assertThat(Transform.FIRST_OF_MONTH.apply(date, KEY)).isEqualTo(first);
    }

    @Test
    void anIdentifierBecomesItsHmacSha256UnderTheKey() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        Pseudonymiser jefe = new Pseudonymiser("Jefe".getBytes(StandardCharsets.UTF_8));
        assertThat(Transform.HMAC_SHA256.apply("what do ya want for nothing?", jefe))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(Transform.HMAC_SHA256.apply("1000001", KEY)).isEqualTo(KEY.pseudonym("1000001"))
                .isNotEqualTo(KEY.pseudonym("1000002")).asString().hasSize(64).doesNotContain("1000001");
    }

    @Test
    void emptyStaysEmptyAndKeepKeepsTheValue() {
        for (Transform t : new Transform[] {Transform.HMAC_SHA256, Transform.FIRST_OF_MONTH, Transform.POSTCODE_DISTRICT,
                Transform.KEEP}) {
            assertThat(t.apply(null, KEY)).as(t.label()).isNull();
        }
        assertThat(Transform.KEEP.apply("N1", KEY)).isEqualTo("N1");
    }

    @Test
    void aValueOfTheWrongTypeFailsWithoutQuotingTheValue() {
        assertThatThrownBy(() -> Transform.FIRST_OF_MONTH.apply("12/03/2015", KEY))
                .isInstanceOf(TransformFailedException.class)
                .hasMessage("expected a LocalDate, found a String");
        assertThatThrownBy(() -> Transform.HMAC_SHA256.apply(1000001, KEY))
                .isInstanceOf(TransformFailedException.class).hasMessageNotContaining("1000001");
    }

    @Test
    void transformsAreNamedAsDeclarationsNameThem() {
        assertThat(Transform.byLabel("postcode_district")).isEqualTo(Transform.POSTCODE_DISTRICT);
        assertThatThrownBy(() -> Transform.byLabel("md5")).hasMessage("no transform named 'md5'");
    }
}
