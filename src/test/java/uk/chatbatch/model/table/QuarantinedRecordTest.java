package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Table;

/** One quarantined-row type: Annex A's, SSDA903's and the CIN census's rows land in the shared quarantine dataset the same way. */
class QuarantinedRecordTest {

    private static final Optional<CollectionYear> Y2017 = Optional.of(CollectionYear.parse("2017-18"));

    @Test
    void anSsda903RowIsPlacedByItsYearAndShowsDfEsFieldNames() {
        QuarantinedRecord q = new QuarantinedRecord(Ssda903Table.REVIEWS, new Origin("2017/reviews.csv", 5, Y2017),
                List.of("", "01/01/2010", "31/13/2017", "PN1"), List.of());

        assertThat(q.file()).isEqualTo("2017/reviews.csv");
        assertThat(q.table()).isEqualTo("SSDA903 Reviews");
        assertThat(q.place()).isEqualTo("2017-18");
        assertThat(q.row()).isEqualTo(5);
        assertThat(q.columns()).containsExactly("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    }

    @Test
    void aCinRecordIsPlacedAmongTheChildrenAndShowsItsColumnNames() {
        QuarantinedRecord q = new QuarantinedRecord(CinTable.DISABILITY,
                new Origin("cin.xml", 75, Optional.empty(), "child 2"), List.of("", "MOB"), List.of());

        assertThat(q.table()).isEqualTo("CIN disabilities");
        assertThat(q.place()).isEqualTo("child 2");
        assertThat(q.row()).isEqualTo(75);
        assertThat(q.columns()).containsExactly("la_child_id", "disability");
    }

    @Test
    void anAnnexARowIsPlacedByItsSheetAndShowsTheTemplatesHeaders() {
        QuarantinedRecord q = new QuarantinedRecord(AnnexAList.REFERRALS,
                new Origin("annex-a.xlsx", 12, Optional.empty(), "List 3"), List.of("", "31/02/2024"), List.of());

        assertThat(q.table()).isEqualTo("List 3 (Referrals)");
        assertThat(q.place()).isEqualTo("List 3");
        assertThat(q.row()).isEqualTo(12);
        assertThat(q.columns()).startsWith("Child Unique ID");
    }

    @Test
    void itKeepsItsValuesAsTheyWereWhenQuarantined() {
        List<String> values = new ArrayList<>(List.of("", "MOB"));
        QuarantinedRecord q = new QuarantinedRecord(CinTable.DISABILITY,
                new Origin("cin.xml", 75, Optional.empty(), "child 2"), values, List.of());
        values.set(1, "HAND");

        assertThat(q.rawValues()).containsExactly("", "MOB");
    }
}
