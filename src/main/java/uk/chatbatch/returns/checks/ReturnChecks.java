package uk.chatbatch.returns.checks;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/**
 * The checks over the statutory returns' kept rows, run after ingest; their issues join the issues dataset and are
 * counted on the report's data-quality page. The rows stay: the indicators compute on them as they are.
 */
public final class ReturnChecks {

    /** The SSDA903 checks, each named for the DfE rule it follows. */
    public static final List<ReturnCheck> SSDA903 = List.of(
            new EpisodesOverlap(),
            new EpisodeStartedWhilePreviousOpen(),
            new EpisodeCeasedAfterCollectionYear(),
            new ContinuationEpisodeAfterGap(),
            new Oc2ChildOutsideCohort());

    /** The CIN census checks. */
    public static final List<ReturnCheck> CIN_CENSUS = List.of(
            new NfaReferralWithActivity(),
            new EventAfterDeath());

    private ReturnChecks() {
    }

    /**
     * Every issue the checks find: check by check, each in the order of its rows. A check that throws is isolated:
     * it becomes one {@link IssueCode#RETURN_CHECK_FAILED} issue naming it, and the other checks still run, so a
     * fault in one rule never sinks the run.
     */
    public static List<Issue> run(List<ReturnCheck> checks, ReturnChecksInput input) {
        List<Issue> found = new ArrayList<>();
        for (ReturnCheck check : checks) {
            try {
                found.addAll(check.find(input));
            } catch (RuntimeException e) {
                found.add(new Issue("", "", "", 0, "", "", IssueCode.RETURN_CHECK_FAILED, "The check for "
                        + check.code().column() + " could not run (" + e.getClass().getSimpleName() + "), so its rule"
                        + " was not checked; please report it."));
            }
        }
        return found;
    }
}
