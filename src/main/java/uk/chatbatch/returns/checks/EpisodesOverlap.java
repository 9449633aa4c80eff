package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;
import static uk.chatbatch.ssda903.Ssda903Field.DECOM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * DfE rule 501, "a new episode has started before the end date of the previous episode": an episode whose DECOM is
 * before the DEC of the child's episode that started just before it. Starting on the day the previous episode ceased
 * is how episodes follow each other (REC X1), not an overlap. A previous episode with no DEC is rule 142's.
 */
final class EpisodesOverlap implements ReturnCheck {

    @Override
    public IssueCode code() {
        return IssueCode.EPISODES_OVERLAP;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        List<Issue> found = new ArrayList<>();
        for (ChildEpisodes pair : ChildEpisodes.consecutive(input.data().ssda903(Ssda903Table.EPISODES))) {
            TableRecord episode = pair.next();
            LocalDate previousCeased = pair.previous().date(DEC);
            if (previousCeased != null && episode.date(DECOM).isBefore(previousCeased)) {
                found.add(Located.ssda903(episode, DECOM, code(), "the episode starts ("
                        + Located.date(episode.date(DECOM)) + ") before the child's previous episode ceased ("
                        + Located.date(previousCeased) + ", " + Located.where(pair.previous()) + "), so the two"
                        + " overlap (DfE rule 501)"));
            }
        }
        return found;
    }
}
