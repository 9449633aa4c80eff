package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Table;

/** rows read = rows clean + rows quarantined, for every source; superseded rows are clean rows not kept. */
class TableSummaryTest {

    private static final Optional<CollectionYear> Y2017 = Optional.of(CollectionYear.parse("2017-18"));

    @Test
    void aTableReadInFullKeepsEveryCleanRow() {
        TableSummary<CinTable> s = TableSummary.read("cin.xml", CinTable.EPISODE, Y2017, "census header",
                10, 7, 3, 2);

        assertThat(s.rowsKept()).isEqualTo(7);
        assertThat(s.rowsSuperseded()).isZero();
        assertThat(s.wasRead()).isTrue();
        assertThat(s.table()).isEqualTo(CinTable.EPISODE);
    }

    @Test
    void rowsALaterYearSupersededAreCleanButNotKept() {
        TableSummary<Ssda903Table> s = new TableSummary<>("2017/episodes.csv", Ssda903Table.EPISODES, Y2017,
                "folder '2017'", 10, 7, 3, 3, 0, TableSummary.READ);

        assertThat(s.rowsKept()).isEqualTo(4);
    }

    @Test
    void readMustBeCleanPlusQuarantined() {
        assertThatThrownBy(() -> TableSummary.read("f.csv", Ssda903Table.EPISODES, Y2017, "option", 10, 7, 2, 0))
                .hasMessage("accounting broken for f.csv SSDA903 Episodes: read 10 != clean 7 + quarantined 2");
    }

    @Test
    void supersededCannotExceedClean() {
        assertThatThrownBy(() -> new TableSummary<>("f.csv", Ssda903Table.EPISODES, Y2017, "option", 7, 7, 0, 8, 0,
                TableSummary.READ)).hasMessage("accounting broken for f.csv SSDA903 Episodes: superseded 8 > clean 7");
    }

    @Test
    void aFileNotReadSaysWhy() {
        TableSummary<Ssda903Table> s = new TableSummary<>("2017/episodes.csv", Ssda903Table.EPISODES, Y2017,
                "folder '2017'", 0, 0, 0, 0, 1, "header not recognised");

        assertThat(s.wasRead()).isFalse();
        assertThat(s.status()).isEqualTo("header not recognised");
    }
}
