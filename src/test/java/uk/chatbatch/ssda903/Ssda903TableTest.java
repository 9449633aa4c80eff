package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.ValueType;

class Ssda903TableTest {

    @Test
    void everyTableStartsWithTheChildAndHasItsCsvColumnsInOrder() {
        for (Ssda903Table table : Ssda903Table.values()) {
            assertThat(table.columns().get(0).field()).as(table.title()).isEqualTo(Ssda903Field.CHILD);
            assertThat(table.dataset()).startsWith("ssda903_");
        }
        assertThat(Ssda903Table.EPISODES.headers()).containsExactly("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
                "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
        assertThat(Ssda903Table.HEADER.headers()).containsExactly("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER",
                "MC_DOB");
        assertThat(Ssda903Table.SW_EPISODES.headers()).containsExactly("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC",
                "SW_REASON");
    }

    @Test
    void keysAndPrecedenceAsDocumented() {
        assertThat(Ssda903Table.EPISODES.keyFields()).containsExactly(Ssda903Field.CHILD, Ssda903Field.DECOM);
        assertThat(Ssda903Table.REVIEWS.keyFields()).containsExactly(Ssda903Field.CHILD, Ssda903Field.REVIEW);
        assertThat(Ssda903Table.MISSING.keyFields()).containsExactly(Ssda903Field.CHILD, Ssda903Field.MIS_START);
        assertThat(Ssda903Table.PLACED_ADOPTION.keyFields()).containsExactly(Ssda903Field.CHILD,
                Ssda903Field.DATE_PLACED);
        assertThat(Ssda903Table.SW_EPISODES.keyFields()).containsExactly(Ssda903Field.CHILD, Ssda903Field.SW_DECOM);
        assertThat(Ssda903Table.DOLO.keyFields()).containsExactly(Ssda903Field.CHILD, Ssda903Field.DOLO_START);
        for (Ssda903Table table : List.of(Ssda903Table.HEADER, Ssda903Table.UASC, Ssda903Table.AD1,
                Ssda903Table.PREV_PERM, Ssda903Table.OC2, Ssda903Table.OC3)) {
            assertThat(table.keyFields()).as(table.title()).containsExactly(Ssda903Field.CHILD);
        }
        assertThat(Ssda903Table.OC2.precedence()).isEqualTo(Ssda903Table.Precedence.EACH_YEAR);
        assertThat(Ssda903Table.OC3.precedence()).isEqualTo(Ssda903Table.Precedence.EACH_YEAR);
        assertThat(Ssda903Table.EPISODES.precedence()).isEqualTo(Ssda903Table.Precedence.LATEST_YEAR);
    }

    @Test
    void theTablesOwnColumnsAreDisjointSoAHeaderRowNamesOneTable() {
        Set<Ssda903Field> seen = new HashSet<>();
        for (Ssda903Table table : Ssda903Table.values()) {
            for (Ssda903Table.Column column : table.columns()) {
                Ssda903Field f = column.field();
                if (f != Ssda903Field.CHILD && f != Ssda903Field.DOB && f != Ssda903Field.SEX) {
                    assertThat(seen.add(f)).as(f + " in " + table.title() + " and another table").isTrue();
                }
            }
        }
    }

    @Test
    void everyCodeFieldHasACodeListAndTheXmlTagsDifferOnlyWhereTheFormSaysSo() {
        for (Ssda903Field field : Ssda903Field.values()) {
            assertThat(field.codeList().isPresent()).as(field.name()).isEqualTo(field.type() == ValueType.CODE);
        }
        assertThat(Ssda903Field.CHILD.xmlTag()).isEqualTo("CHILDID");
        assertThat(Ssda903Field.PLACE.xmlTag()).isEqualTo("PL");
        assertThat(Ssda903Field.DECOM.xmlTag()).isEqualTo("DECOM");
    }
}
