package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DfE rule 385: date ceased after 31 March of the file's collection year (2020-21 here). */
class EpisodeCeasedAfterCollectionYearTest {

    private final EpisodeCeasedAfterCollectionYear check = new EpisodeCeasedAfterCollectionYear();

    @Test
    void aDateCeasedAfterTheYearEndIsFound() {
        Rows rows = new Rows()
                .episode("A", "01/06/2020", "S", "C2", "31/03/2021", "E11")  // row 2: on 31 March: in the year
                .episode("B", "01/06/2020", "S", "C2", "01/04/2021", "E11")  // row 3: 1 April: after the year
                .episode("C", "01/06/2020", "S", "C2", null, null);          // row 4: open: nothing to check
        assertThat(Rows.found(check, rows)).containsExactly("2020/episodes.csv 3: DEC 01/04/2021");
    }

    @Test
    void eachRowIsJudgedByItsOwnFilesYear() {
        Rows rows = new Rows()
                .episode(Rows.Y2020_21, "A", "01/06/2020", "S", "C2", "15/03/2021", "X1")
                .episode(uk.chatbatch.model.table.CollectionYear.parse("2021-22"), "A", "15/03/2021", "P", "C2",
                        "20/03/2022", "E11");                                // 2021-22 row ceasing in 2021-22: fine
        assertThat(Rows.found(check, rows)).isEmpty();
    }
}
