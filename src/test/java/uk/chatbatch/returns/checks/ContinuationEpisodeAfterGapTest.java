package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DfE rule 433: an episode whose reason (P, L, T, U, B) says care continues, starting after a gap. */
class ContinuationEpisodeAfterGapTest {

    private final ContinuationEpisodeAfterGap check = new ContinuationEpisodeAfterGap();

    @Test
    void aContinuationStartingAfterThePreviousCeasedIsFound() {
        Rows rows = new Rows()
                .episode("A", "01/06/2020", "S", "C2", "10/06/2020", "X1")   // row 2
                .episode("A", "11/06/2020", "P", "C2", "20/06/2020", "X1")   // row 3: one day after: a gap
                .episode("A", "20/06/2020", "L", "C1", null, null);          // row 4: the same day: continues
        assertThat(Rows.found(check, rows)).containsExactly("2020/episodes.csv 3: RNE P");
    }

    @Test
    void aNewPeriodOfCareAfterAGapIsRight() {
        Rows rows = new Rows()
                .episode("B", "01/06/2020", "S", "C2", "10/06/2020", "E4A")
                .episode("B", "01/09/2020", "S", "V2", null, null);          // S: started to be looked after again
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void everyContinuationCodeIsCheckedAndOverlapsAreLeftToRule501() {
        Rows rows = new Rows()
                .episode("C", "01/06/2020", "S", "C2", "10/06/2020", "X1")
                .episode("C", "12/06/2020", "T", "C2", "20/06/2020", "X1")   // row 3: gap
                .episode("C", "22/06/2020", "U", "C2", "30/06/2020", "X1")   // row 4: gap
                .episode("C", "02/07/2020", "B", "C2", "10/07/2020", "X1")   // row 5: gap
                .episode("C", "05/07/2020", "L", "C2", null, null);          // row 6: overlap, not a gap
        assertThat(Rows.found(check, rows)).containsExactly("2020/episodes.csv 3: RNE T",
                "2020/episodes.csv 4: RNE U", "2020/episodes.csv 5: RNE B");
    }

    @Test
    void aBlankReasonForNewEpisodeIsNotJudged() {
        Rows rows = new Rows()
                .episode("E", "01/06/2020", "S", "C2", "10/06/2020", "X1")
                .episode("E", "12/06/2020", null, "C2", null, null);         // RNE left empty by ingest
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void aChildsFirstEpisodeSuppliedIsNotChecked() {
        Rows rows = new Rows().episode("D", "01/06/2020", "P", "C2", null, null);  // predecessor in an earlier year
        assertThat(Rows.found(check, rows)).isEmpty();
    }
}
