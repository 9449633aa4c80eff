package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.AnnexACodeList;

class TemplateSpellingTest {

    @Test
    void templateValuesAreSpeltAsOfstedWritesThem() {
        assertThat(TemplateSpelling.template(AnnexACodeList.GENDER, "Male")).isEqualTo("a) Male");
        assertThat(TemplateSpelling.template(AnnexACodeList.GENDER, "Not stated/recorded")).isEqualTo("c) Not stated/recorded");
        assertThat(TemplateSpelling.template(AnnexACodeList.SOURCE, "6")).isEqualTo("q) 6: Police");
        assertThat(TemplateSpelling.template(AnnexACodeList.SOURCE, "3E")).isEqualTo("k) 3E: Health services");
        assertThat(TemplateSpelling.template(AnnexACodeList.SOURCE, "5D")).isEqualTo("p1) 5D: LA services");
        assertThat(TemplateSpelling.template(AnnexACodeList.SOURCE, "10")).isEqualTo("u) 10: Unknown");
        assertThat(TemplateSpelling.template(AnnexACodeList.ETHNICITY, "WBRI")).isEqualTo("a) WBRI");
        assertThat(TemplateSpelling.template(AnnexACodeList.ETHNICITY, "NOBT")).isEqualTo("s) NOBT");
        assertThat(TemplateSpelling.template(AnnexACodeList.PLACEMENT_PROVIDER, "PR4")).isEqualTo("e) PR4: Private provision");
        assertThat(TemplateSpelling.template(AnnexACodeList.NEED, "N1")).isEqualTo("N1 - Abuse or neglect");
        assertThat(TemplateSpelling.template(AnnexACodeList.CLOSURE, "RC8"))
                .isEqualTo("RC8 - Case closed after assessment, no further action");
        assertThat(TemplateSpelling.template(AnnexACodeList.LEGAL_STATUS, "C1")).isEqualTo("C1: ICO");
        assertThat(TemplateSpelling.template(AnnexACodeList.LEGAL_STATUS, "V2")).isEqualTo("V2: Single period under S20");
        assertThat(TemplateSpelling.template(AnnexACodeList.YES_NO_UNKNOWN, "Unknown")).isEqualTo("c) Unknown");
        assertThat(TemplateSpelling.template(AnnexACodeList.ABUSE, "MUL")).isEqualTo("e) Multiple/not recommended");
        assertThat(TemplateSpelling.template(AnnexACodeList.REASON_CEASED, "E4A")).startsWith("e) E4A: ");
        assertThat(TemplateSpelling.template(AnnexACodeList.REASON_CEASED, "E17")).startsWith("v) E17: ");
        assertThat(TemplateSpelling.template(AnnexACodeList.PLACEMENT_TYPE, "U1")).startsWith("a) U1: ");
        assertThat(TemplateSpelling.template(AnnexACodeList.PLACEMENT_TYPE, "K2")).startsWith("p) K2: ");
        assertThat(TemplateSpelling.template(AnnexACodeList.PLACEMENT_TYPE, "T4")).startsWith("zz) T4: ");
        assertThat(TemplateSpelling.template(AnnexACodeList.PLACEMENT_TYPE, "K3")).isEqualTo("K3: Supported accommodation");
        assertThat(TemplateSpelling.template(AnnexACodeList.IN_TOUCH, "REFU")).isEqualTo("d) Refu");
        assertThat(TemplateSpelling.template(AnnexACodeList.ACCOMMODATION, "Z")).isEqualTo("Z: With former foster carers");
        assertThat(TemplateSpelling.template(AnnexACodeList.CASE_STATUS, "Child in need plan"))
                .isEqualTo("c) Child in need plan");
        assertThat(TemplateSpelling.template(AnnexACodeList.PERMANENCE_PLAN, "Other")).isEqualTo("g) other");
    }

    @Test
    void otherSpellingsAreTheOnesLasSend() {
        assertThat(TemplateSpelling.otherSeparator(AnnexACodeList.PLACEMENT_PROVIDER, "PR4"))
                .isEqualTo("e) PR4 - Private provision");
        assertThat(TemplateSpelling.otherSeparator(AnnexACodeList.NEED, "N1")).isEqualTo("N1: Abuse or neglect");
        assertThat(TemplateSpelling.bareLabel(AnnexACodeList.GENDER, "Female")).isEqualTo("Female");
        assertThat(TemplateSpelling.bareLabel(AnnexACodeList.YES_NO, "Yes")).isEqualTo("Yes");
        assertThat(TemplateSpelling.bareCode(AnnexACodeList.ETHNICITY, "WBRI")).isEqualTo("WBRI");
    }

    /** Every spelling the generator writes is one the product's code matching reads back as the same code. */
    @Test
    void everySpellingOfEveryCodeMatchesBackToItsCode() {
        for (AnnexACodeList list : AnnexACodeList.values()) {
            for (String code : list.codes()) {
                for (String spelt : new String[] {TemplateSpelling.template(list, code),
                        TemplateSpelling.bareLabel(list, code), TemplateSpelling.otherSeparator(list, code),
                        TemplateSpelling.bareCode(list, code)}) {
                    assertThat(list.match(spelt)).as(list + " " + code + " spelt '" + spelt + "'").contains(code);
                }
            }
        }
    }
}
