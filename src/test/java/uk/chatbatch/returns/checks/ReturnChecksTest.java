package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/** The runner: a check that throws is reported in its place and the others still run. */
class ReturnChecksTest {

    @Test
    void aCheckThatThrowsBecomesOneIssueAndTheNextCheckStillRuns() {
        ReturnCheck broken = new ReturnCheck() {
            @Override
            public IssueCode code() {
                return IssueCode.EPISODES_OVERLAP;
            }

            @Override
            public List<Issue> find(ReturnChecksInput input) {
                throw new IllegalStateException("a fault");
            }
        };
        Rows rows = new Rows().episode("A", "01/06/2020", "S", "C2", "01/04/2021", "E11");   // ceased after the year
        List<Issue> found = ReturnChecks.run(List.of(broken, new EpisodeCeasedAfterCollectionYear()), rows.input());
        assertThat(found).extracting(Issue::code)
                .containsExactly(IssueCode.RETURN_CHECK_FAILED, IssueCode.EPISODE_CEASED_AFTER_COLLECTION_YEAR);
        assertThat(found.get(0).message()).isEqualTo("The check for episodes_overlap could not run"
                + " (IllegalStateException), so its rule was not checked; please report it.");
    }
}
