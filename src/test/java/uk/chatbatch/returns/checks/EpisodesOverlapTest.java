package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DfE rule 501: an episode starting before the previous one ceased. */
class EpisodesOverlapTest {

    private final EpisodesOverlap check = new EpisodesOverlap();

    @Test
    void anEpisodeStartingBeforeThePreviousCeasedOverlapsIt() {
        Rows rows = new Rows()
                .episode("A", "01/06/2020", "S", "C2", "04/06/2020", "X1")   // row 2
                .episode("A", "02/06/2020", "P", "C2", "06/06/2020", "X1")   // row 3: starts 02/06, previous ceased 04/06
                .episode("A", "06/06/2020", "P", "C2", null, null);          // row 4: starts the day row 3 ceased: fine
        assertThat(Rows.found(check, rows)).containsExactly("2020/episodes.csv 3: DECOM 02/06/2020");
    }

    @Test
    void startingOnTheDayThePreviousCeasedIsNotAnOverlap() {
        Rows rows = new Rows()
                .episode("B", "01/06/2020", "S", "C2", "10/06/2020", "X1")
                .episode("B", "10/06/2020", "P", "C2", null, null);          // boundary: same day
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void aPreviousEpisodeWithNoDateCeasedIsRule142sNotThisOne() {
        Rows rows = new Rows()
                .episode("C", "01/06/2020", "S", "C2", null, null)
                .episode("C", "05/06/2020", "P", "C2", null, null);
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void episodesOfDifferentChildrenAreNeverCompared() {
        Rows rows = new Rows()
                .episode("D", "01/06/2020", "S", "C2", "30/06/2020", "E11")
                .episode("E", "02/06/2020", "S", "C2", null, null);          // another child, inside D's dates
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void theMessageNamesTheRuleAndThePreviousRowButNoChild() {
        Rows rows = new Rows()
                .episode("CHILD42", "01/06/2020", "S", "C2", "04/06/2020", "X1")
                .episode("CHILD42", "02/06/2020", "P", "C2", null, null);
        String message = check.find(rows.input()).get(0).message();
        assertThat(message).isEqualTo("2020/episodes.csv, row 3 (2020-21), column 'DECOM': the episode starts"
                + " (02/06/2020) before the child's previous episode ceased (04/06/2020, 2020/episodes.csv, row 2"
                + " (2020-21)), so the two overlap (DfE rule 501).");
        assertThat(message).doesNotContain("CHILD42");
    }
}
