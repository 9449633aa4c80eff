package uk.chatbatch.returns.checks;

import static uk.chatbatch.cin.CinField.ASSESSMENT_ACTUAL_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_PLAN_START_DATE;
import static uk.chatbatch.cin.CinField.CIN_REFERRAL_DATE;
import static uk.chatbatch.cin.CinField.CPP_REVIEW_DATE;
import static uk.chatbatch.cin.CinField.CPP_START_DATE;
import static uk.chatbatch.cin.CinField.DATE_OF_INITIAL_CPC;
import static uk.chatbatch.cin.CinField.PERSON_DEATH_DATE;
import static uk.chatbatch.cin.CinField.S47_ACTUAL_START_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * A CIN census event dated after the child's PersonDeathDate: a referral (DfE rule 8555), an assessment's start, a
 * section 47 enquiry's start, an initial conference (on the referral or the enquiry), a CIN plan's start (rule
 * 4008), a child protection plan's start or a review. An event on the day of death is not after it. End and
 * closure dates are not checked: a case is closed after a death. The death date is the child's in the same file,
 * and, like a date of birth, it is never shown.
 */
final class EventAfterDeath implements ReturnCheck {

    /** The dated events checked, table by table, with the DfE rule that names the event where one does. */
    private static final Map<CinTable, List<Event>> EVENTS = Map.of(
            CinTable.EPISODE, List.of(new Event(CIN_REFERRAL_DATE, "referral", " (DfE rule 8555)"),
                    new Event(DATE_OF_INITIAL_CPC, "initial child protection conference", "")),
            CinTable.ASSESSMENT, List.of(new Event(ASSESSMENT_ACTUAL_START_DATE, "assessment start", "")),
            CinTable.SECTION_47, List.of(new Event(S47_ACTUAL_START_DATE, "section 47 enquiry start", ""),
                    new Event(DATE_OF_INITIAL_CPC, "initial child protection conference", "")),
            CinTable.PLAN, List.of(new Event(CIN_PLAN_START_DATE, "CIN plan start", " (DfE rule 4008)")),
            CinTable.CP_PLAN, List.of(new Event(CPP_START_DATE, "child protection plan start", "")),
            CinTable.CP_REVIEW, List.of(new Event(CPP_REVIEW_DATE, "child protection review", "")));

    /** Tables in the order the census nests them, so issues come out in file order within each table. */
    private static final List<CinTable> ORDER = List.of(CinTable.EPISODE, CinTable.ASSESSMENT, CinTable.SECTION_47,
            CinTable.PLAN, CinTable.CP_PLAN, CinTable.CP_REVIEW);

    private record Event(CinField field, String name, String rule) {
    }

    @Override
    public IssueCode code() {
        return IssueCode.EVENT_AFTER_DEATH;
    }

    @Override
    public List<Issue> find(ReturnChecksInput input) {
        Map<String, LocalDate> deaths = new HashMap<>();
        for (TableRecord child : input.data().cin(CinTable.CHILD)) {
            LocalDate died = child.date(PERSON_DEATH_DATE);
            if (died != null) {
                deaths.putIfAbsent(key(child), died);
            }
        }
        List<Issue> found = new ArrayList<>();
        if (deaths.isEmpty()) {
            return found;
        }
        for (CinTable table : ORDER) {
            for (TableRecord record : input.data().cin(table)) {
                LocalDate died = deaths.get(key(record));
                if (died == null) {
                    continue;
                }
                for (Event event : EVENTS.get(table)) {
                    LocalDate when = record.date(event.field());
                    if (when != null && when.isAfter(died)) {
                        found.add(Located.cin(record, event.field(), code(), "the " + event.name() + " ("
                                + Located.date(when) + ") is after the child's PersonDeathDate (not shown: it identifies the"
                                + " child)" + event.rule()));
                    }
                }
            }
        }
        return found;
    }

    private static String key(TableRecord record) {
        return record.source().file() + '\u0000' + record.childId();
    }
}
