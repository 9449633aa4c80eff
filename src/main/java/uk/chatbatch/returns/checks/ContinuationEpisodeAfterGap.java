package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;
import static uk.chatbatch.ssda903.Ssda903Field.DECOM;
import static uk.chatbatch.ssda903.Ssda903Field.RNE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * DfE rule 433, "the reason for new episode suggests that this is a continuation episode, but the episode does not
 * start on the same day as the last episode finished": an episode with RNE P, L, T, U or B that starts after the day
 * the child's previous episode ceased. Starting on that day is the continuation the code means. DfE's rule also
 * fires when the previous episode overlaps or has no DEC; those are reported once, by rules 501 and 142, so this
 * check reports the gap only. A child's first episode supplied is not checked: its predecessor may be in a year not
 * supplied.
 */
final class ContinuationEpisodeAfterGap implements ReturnCheck {

    /** Reasons for new episode that continue a period of care (S starts one). */
    static final Set<String> CONTINUATION = Set.of("P", "L", "T", "U", "B");

    @Override
    public IssueCode code() {
        return IssueCode.CONTINUATION_EPISODE_AFTER_GAP;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        List<Issue> found = new ArrayList<>();
        for (ChildEpisodes pair : ChildEpisodes.consecutive(input.data().ssda903(Ssda903Table.EPISODES))) {
            TableRecord episode = pair.next();
            String reason = episode.text(RNE);
            LocalDate previousCeased = pair.previous().date(DEC);
            LocalDate started = episode.date(DECOM);
            if (reason != null && CONTINUATION.contains(reason) && previousCeased != null
                    && started.isAfter(previousCeased)) {
                long days = ChronoUnit.DAYS.between(previousCeased, started);
                found.add(Located.ssda903(episode, RNE, code(), "reason for new episode " + reason
                        + " says care continues, but the episode starts on " + Located.date(started) + ", " + days
                        + (days == 1 ? " day" : " days") + " after the previous episode ceased ("
                        + Located.date(previousCeased) + ", " + Located.where(pair.previous()) + ") (DfE rule 433)"));
            }
        }
        return found;
    }
}
