package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.ssda903.Ssda903Field;

/** How an indicator id names the return it comes from, and the Annex A id it pairs with. */
class SourceTest {

    @Test
    void aReturnsIndicatorIdEndsWithItsSuffix() {
        assertThat(Source.ofReturnId("CLA-01-903")).contains(Source.SSDA903);
        assertThat(Source.ofReturnId("CP-01-CIN")).contains(Source.CIN_CENSUS);
        assertThat(Source.ofReturnId("CLA-01")).as("an Annex A id names no return").isEmpty();
        assertThat(Source.ofReturnId("-903")).as("the suffix alone is not an id").isEmpty();
        assertThat(Source.ofReturnId("REF-02C-cin")).as("suffixes match in their case").isEmpty();
    }

    @Test
    void theBaseIdIsTheIdWithoutTheSuffix() {
        assertThat(Source.SSDA903.baseId("CLA-01-903")).isEqualTo("CLA-01");
        assertThat(Source.CIN_CENSUS.baseId("REF-02C-CIN")).isEqualTo("REF-02C");
        assertThatThrownBy(() -> Source.SSDA903.baseId("CP-01-CIN"))
                .hasMessage("CP-01-CIN does not end with -903");
    }

    @Test
    void theReturnsAreSsda903ThenTheCinCensus() {
        assertThat(Source.returns()).containsExactly(Source.SSDA903, Source.CIN_CENSUS);
    }

    @Test
    void aLabelNamesItsSource() {
        assertThat(Source.ofLabel("CIN census")).isEqualTo(Source.CIN_CENSUS);
        assertThatThrownBy(() -> Source.ofLabel("SSDA 903"))
                .hasMessage("source 'SSDA 903' is not one of [Annex A, SSDA903, CIN census]");
    }

    @Test
    void eachSourceNamesItsChildIdentifierAsItsFilesDo() {
        assertThat(Source.ANNEX_A.childIdentifier()).isEqualTo(Field.CHILD_ID.header());
        assertThat(Source.SSDA903.childIdentifier()).isEqualTo(Ssda903Field.CHILD.header()).isEqualTo("CHILD");
        assertThat(Source.CIN_CENSUS.childIdentifier()).isEqualTo(CinField.LA_CHILD_ID.element())
                .isEqualTo("LAchildID");
    }
}
