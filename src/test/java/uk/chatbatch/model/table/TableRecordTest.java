package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** One record type for every source: an SSDA903 episode and a CIN episode are read the same way. */
class TableRecordTest {

    private static final Optional<CollectionYear> Y2017 = Optional.of(CollectionYear.parse("2017-18"));

    private static final TableRecord EPISODE_903 = TableRecord.builder(Ssda903Table.EPISODES,
                    new Origin("2017/episodes.csv", 7, Y2017))
            .set(Ssda903Field.CHILD, "1001")
            .set(Ssda903Field.DECOM, LocalDate.of(2017, 6, 1))
            .set(Ssda903Field.PLACE, "K2")
            .build();

    private static final TableRecord EPISODE_CIN = TableRecord.builder(CinTable.EPISODE,
                    new Origin("cin.xml", 41, Optional.of(CollectionYear.endingIn(2024)), "child 3, CINdetails 2"))
            .set(CinField.LA_CHILD_ID, "C3")
            .set(CinField.CIN_DETAILS_SEQ, 2)
            .set(CinField.CIN_REFERRAL_DATE, LocalDate.of(2023, 9, 4))
            .set(CinField.REFERRAL_NFA, false)
            .build();

    @Test
    void aValueIsReadByItsFieldWhicheverSourceTheTableIsFrom() {
        assertThat(EPISODE_903.childId()).isEqualTo("1001");
        assertThat(EPISODE_903.date(Ssda903Field.DECOM)).isEqualTo(LocalDate.of(2017, 6, 1));
        assertThat(EPISODE_903.text(Ssda903Field.PLACE)).isEqualTo("K2");
        assertThat(EPISODE_903.is(Ssda903Field.PLACE, "K2")).isTrue();
        assertThat(EPISODE_903.is(Ssda903Field.PLACE, "K1")).isFalse();
        assertThat(EPISODE_903.collectionYear()).isEqualTo(Y2017);

        assertThat(EPISODE_CIN.childId()).isEqualTo("C3");
        assertThat(EPISODE_CIN.integer(CinField.CIN_DETAILS_SEQ)).isEqualTo(2);
        assertThat(EPISODE_CIN.date(CinField.CIN_REFERRAL_DATE)).isEqualTo(LocalDate.of(2023, 9, 4));
        assertThat(EPISODE_CIN.yesNo(CinField.REFERRAL_NFA)).isFalse();
        assertThat(EPISODE_CIN.collectionYear().orElseThrow().label()).isEqualTo("2023-24");
    }

    @Test
    void aFieldNotSetIsNull() {
        assertThat(EPISODE_903.date(Ssda903Field.DEC)).isNull();
        assertThat(EPISODE_CIN.text(CinField.REASON_FOR_CLOSURE)).isNull();
    }

    @Test
    void aFieldOfAnotherTableIsRefusedNamingTheTable() {
        assertThatThrownBy(() -> EPISODE_903.value(Ssda903Field.REVIEW))
                .hasMessage("REVIEW is not a column of SSDA903 Episodes");
        assertThatThrownBy(() -> EPISODE_CIN.value(CinField.CPP_START_DATE))
                .hasMessage("CPP_START_DATE is not a column of CIN episodes");
    }

    @Test
    void valuesMustMatchTheTablesColumns() {
        assertThatThrownBy(() -> new TableRecord(CinTable.DISABILITY, new Origin("cin.xml", 3, Optional.empty()),
                new Object[] {"C1"})).hasMessage("CIN disabilities has 2 columns, got 1 values");
    }

    @Test
    void recordsWithTheSameTablePlaceAndValuesAreEqual() {
        TableRecord again = TableRecord.builder(Ssda903Table.EPISODES, new Origin("2017/episodes.csv", 7, Y2017))
                .set(Ssda903Field.CHILD, "1001").set(Ssda903Field.DECOM, LocalDate.of(2017, 6, 1))
                .set(Ssda903Field.PLACE, "K2").build();
        TableRecord otherRow = TableRecord.builder(Ssda903Table.EPISODES, new Origin("2017/episodes.csv", 8, Y2017))
                .set(Ssda903Field.CHILD, "1001").set(Ssda903Field.DECOM, LocalDate.of(2017, 6, 1))
                .set(Ssda903Field.PLACE, "K2").build();

        assertThat(again).isEqualTo(EPISODE_903).hasSameHashCodeAs(EPISODE_903);
        assertThat(otherRow).isNotEqualTo(EPISODE_903);
    }

    @Test
    void itsTextNamesTheTableAndPlaceButNoValueThatCouldIdentifyAChild() {
        assertThat(EPISODE_903).hasToString("SSDA903 Episodes 2017/episodes.csv row 7 (2017-18)");
        assertThat(EPISODE_CIN).hasToString("CIN episodes cin.xml row 41 (child 3, CINdetails 2)");
        assertThat(EPISODE_903.toString()).doesNotContain("1001");
        assertThat(EPISODE_CIN.toString()).doesNotContain("C3");
    }
}
