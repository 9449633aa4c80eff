package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * DfE rule 385, "date episode ceased must be on or before the end of the current collection year": an episode whose
 * DEC is after 31 March of its file's collection year. DEC on 31 March itself is in the year. Rows from a file that
 * named no collection year are not checked (ingest has already said the year is unknown).
 */
final class EpisodeCeasedAfterCollectionYear implements ReturnCheck {

    @Override
    public IssueCode code() {
        return IssueCode.EPISODE_CEASED_AFTER_COLLECTION_YEAR;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        List<Issue> found = new ArrayList<>();
        for (TableRecord episode : input.data().ssda903(Ssda903Table.EPISODES)) {
            LocalDate ceased = episode.date(DEC);
            if (ceased == null || episode.collectionYear().isEmpty()) {
                continue;
            }
            CollectionYear year = episode.collectionYear().get();
            if (ceased.isAfter(year.end())) {
                found.add(Located.ssda903(episode, DEC, code(), "the episode ceased (" + Located.date(ceased)
                        + ") after the collection year " + year.label() + " ended on " + Located.date(year.end())
                        + " (DfE rule 385)"));
            }
        }
        return found;
    }
}
