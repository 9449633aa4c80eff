package uk.chatbatch.returns.checks;

import static uk.chatbatch.ssda903.Ssda903Field.CHILD;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.childrenincare.ContinuouslyLookedAfterCohort;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * DfE rule 190: OC2 is returned only for children looked after continuously for at least 12 months at 31 March. An
 * OC2 row whose child is not in that cohort, as {@link ContinuouslyLookedAfterCohort} works it out from the episodes,
 * for the row's collection year (a file that named no year is taken to be the year ending on the last 31 March on or
 * before the period end, as the OC2 indicators take it). Checked only for years whose Episodes table was supplied:
 * without it, a missing child would be a missing file, not a wrong row.
 */
final class Oc2ChildOutsideCohort implements ReturnCheck {

    @Override
    public IssueCode code() {
        return IssueCode.OC2_CHILD_OUTSIDE_COHORT;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        List<TableRecord> oc2 = input.data().ssda903(Ssda903Table.OC2);
        if (oc2.isEmpty() || input.episodeYears().isEmpty()) {
            return List.of();
        }
        ContinuouslyLookedAfterCohort cohort = ContinuouslyLookedAfterCohort.of(
                input.data().ssda903(Ssda903Table.EPISODES));
        CollectionYear unnamed = ContinuouslyLookedAfterCohort.yearEndingOnOrBefore(input.periodEnd());
        List<Issue> found = new ArrayList<>();
        for (TableRecord row : oc2) {
            CollectionYear year = row.collectionYear().orElse(unnamed);
            if (input.episodeYears().contains(year) && !cohort.includes(row.childId(), year)) {
                found.add(Located.ssda903(row, CHILD, code(), "the child has an OC2 row for " + year.label()
                        + " but the episodes do not show them looked after continuously for at least 12 months at "
                        + Located.date(year.end()) + " (no period of care open at the end of that day that began on or"
                        + " before " + Located.date(year.start()) + " without short breaks) (DfE rule 190)"));
            }
        }
        return found;
    }
}
