package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;
import static uk.chatbatch.ssda903.Ssda903Field.DECOM;
import static uk.chatbatch.ssda903.Ssda903Field.REC;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * DfE rule 142, "a new episode has started, but the previous episode has not ended": an episode that is not the
 * child's latest-starting one but has no DEC or no REC. The child's latest episode may be open (still looked after
 * at 31 March). Across collection years this also finds an episode left open in an earlier year's file whose later
 * history was corrected (ssda903.md section 6.2, the "open-episode error").
 */
final class EpisodeStartedWhilePreviousOpen implements ReturnCheck {

    @Override
    public IssueCode code() {
        return IssueCode.EPISODE_STARTED_WHILE_PREVIOUS_OPEN;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        List<Issue> found = new ArrayList<>();
        for (ChildEpisodes pair : ChildEpisodes.consecutive(input.data().ssda903(Ssda903Table.EPISODES))) {
            TableRecord episode = pair.previous();
            boolean noDec = episode.date(DEC) == null;
            if (noDec || episode.text(REC) == null) {
                found.add(Located.ssda903(episode, noDec ? DEC : REC, code(), "the episode has no "
                        + (noDec ? "date ceased (DEC)" : "reason ceased (REC)") + ", but the child's next episode"
                        + " starts on " + Located.date(pair.next().date(DECOM)) + " (" + Located.where(pair.next())
                        + ") (DfE rule 142)"));
            }
        }
        return found;
    }
}
