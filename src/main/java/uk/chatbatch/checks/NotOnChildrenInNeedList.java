package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
import uk.chatbatch.model.table.TableRecord;

/**
 * Children on a child protection plan (List 7) or looked after (List 8) at the period end who have no
 * episode open at the period end on List 6. Children on a plan and children looked after are children in
 * need, and List 6's Case Status has values for both, so each should have an open List 6 episode.
 *
 * <p>The rule: a List 7 row whose plan is open at the period end (Child Protection Plan Start Date on or
 * before it, and no end date or one after it), or a List 8 row looked after at the period end (Date
 * Started to be Looked After on or before it, and no Date Ceased or one after it), is a finding when List 6
 * has no row with the same Child Unique ID whose CIN Start Date is on or before the period end (or blank) and whose
 * CIN Closure Date is blank or after it. The finding is on the List 7 or List 8 row's identifier and says
 * whether List 6 has no row for the child at all or only closed ones. Nothing is found unless List 6 was
 * supplied.
 */
public final class NotOnChildrenInNeedList implements Check {

    @Override
    public IssueCode code() {
        return IssueCode.NOT_ON_CHILDREN_IN_NEED_LIST;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        if (!data.isAvailable(AnnexAList.CHILDREN_IN_NEED)) {
            return List.of();
        }
        Set<String> listed = new HashSet<>();
        Set<String> openAtEnd = new HashSet<>();
        for (TableRecord episode : data.rows(AnnexAList.CHILDREN_IN_NEED)) {
            listed.add(episode.childId());
            if (ChildInNeedEpisodes.openAtEnd(episode, period)) {
                openAtEnd.add(episode.childId());
            }
        }
        List<Finding> found = new ArrayList<>();
        check(data, AnnexAList.CHILD_PROTECTION, CP_START_DATE, CP_END_DATE, "on a child protection plan",
                period, listed, openAtEnd, found);
        check(data, AnnexAList.CHILDREN_IN_CARE, CLA_START_DATE, CLA_CEASED_DATE, "looked after", period, listed,
                openAtEnd, found);
        return found;
    }

    private void check(InputData data, AnnexAList list, Field start, Field end, String what,
                       ReportingPeriod period, Set<String> listed, Set<String> openAtEnd, List<Finding> found) {
        for (TableRecord row : data.rows(list)) {
            if (!period.openAtEnd(row.date(start), row.date(end)) || openAtEnd.contains(row.childId())) {
                continue;
            }
            found.add(new Finding(row, CHILD_ID, code(), "the child is " + what + " at the period end ("
                    + Finding.shown(period.periodEnd()) + ") but "
                    + (listed.contains(row.childId())
                            ? "every List 6 episode for the child closed on or before it"
                            : "List 6 has no row for the child")));
        }
    }
}
