package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** A field's column is found by its ordinal and agrees with the table's field list, whatever the table. */
class FieldColumnsTest {

    @Test
    void everyFieldOfEveryTableIsAtItsPlaceInTheFieldList() {
        List<SourceTable> tables = new java.util.ArrayList<>();
        tables.addAll(List.of(AnnexAList.values()));
        tables.addAll(List.of(Ssda903Table.values()));
        tables.addAll(List.of(CinTable.values()));
        for (SourceTable table : tables) {
            for (int column = 0; column < table.fields().size(); column++) {
                assertThat(table.indexOf(table.fields().get(column))).as(table.label() + " column " + column)
                        .isEqualTo(column);
            }
        }
    }

    @Test
    void aFieldThatIsNotAColumnIsMinusOneAndTheTableNamesItself() {
        FieldColumns referrals = new FieldColumns(AnnexAList.REFERRALS.fields());
        assertThat(referrals.indexOf(Field.DATE_OF_REFERRAL)).isEqualTo(AnnexAList.REFERRALS.fields()
                .indexOf(Field.DATE_OF_REFERRAL));
        assertThat(referrals.indexOf(Ssda903Field.DECOM)).as("another source's field").isEqualTo(-1);
        assertThatThrownBy(() -> Ssda903Table.EPISODES.indexOf(Field.CHILD_ID))
                .hasMessageContaining("is not a column of SSDA903 Episodes");
    }

    @Test
    void fieldsOfTwoEnumsWithTheSameOrdinalEachFindTheirOwnColumn() {
        // CHILD is the first constant of its enum, as LA_CHILD_ID is of CinField: the second falls on a taken slot
        assertThat(Ssda903Field.CHILD.ordinal()).isEqualTo(CinField.LA_CHILD_ID.ordinal());
        FieldColumns mixed = new FieldColumns(List.of(Ssda903Field.DECOM, Ssda903Field.CHILD, CinField.LA_CHILD_ID));
        assertThat(mixed.indexOf(Ssda903Field.DECOM)).isEqualTo(0);
        assertThat(mixed.indexOf(Ssda903Field.CHILD)).isEqualTo(1);
        assertThat(mixed.indexOf(CinField.LA_CHILD_ID)).isEqualTo(2);
        assertThat(mixed.indexOf(CinField.CIN_REFERRAL_DATE)).isEqualTo(-1);
    }
}
