package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.DOB;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Table;

/** The populations of children looked after that several SSDA903 indicators share, and the children's ages. */
public final class ChildrenLookedAfter {

    private ChildrenLookedAfter() {
    }

    /** Every child's care history from the Episodes table: made once per run's data and shared. */
    public static List<CareHistory> histories(InputData data) {
        return data.derived(CareHistory.class, d -> CareHistory.of(d.returns().ssda903(Ssda903Table.EPISODES)));
    }

    /** A child looked after at T, with the episode open then. */
    public record AtPeriodEnd(CareHistory history, CareEpisode episode) {
    }

    /** Children looked after at T other than under short breaks (CLA-01-903's population), in order of child. */
    public static List<AtPeriodEnd> atPeriodEnd(List<CareHistory> histories, LocalDate periodEnd) {
        return histories.stream().flatMap(h -> h.lookedAfterOn(periodEnd).map(e -> new AtPeriodEnd(h, e)).stream())
                .toList();
    }

    /**
     * Each child's first start in the window, as DfE counts starts: a period of care whose first episode has
     * reason for new episode S, starting in the window, not under short breaks (V3, V4). In order of child.
     */
    public static List<PeriodOfCare> firstStarts(List<CareHistory> histories, Window window) {
        return histories.stream().flatMap(h -> h.periods().stream()
                .filter(p -> p.isStart() && window.contains(p.start()) && !p.first().shortBreak())
                .findFirst().stream()).toList();
    }

    /**
     * Each child's last ceasing in the window, as DfE counts children ceasing (only the last occasion): a period of
     * care that ended with a recorded DEC in the window and a REC other than X1, not under short breaks. The last
     * occasion is the one with the latest DEC (on the same day, the later start), not the latest start. In order
     * of child.
     */
    public static List<PeriodOfCare> lastCeasings(List<CareHistory> histories, Window window) {
        return histories.stream().flatMap(h -> h.periods().stream()
                .filter(p -> p.ceased() && window.contains(p.end()) && !p.last().shortBreak())
                .max(PeriodOfCare.BY_DATE_CEASED).stream()).toList();
    }

    /** Dates of birth from the Header table, by child. */
    public static Map<String, LocalDate> datesOfBirth(InputData data) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (TableRecord row : data.returns().ssda903(Ssda903Table.HEADER)) {
            if (row.date(DOB) != null) {
                dates.put(row.childId(), row.date(DOB));
            }
        }
        return dates;
    }

    /** Completed years at a date, or null without a date of birth or with one after the date. */
    public static Integer age(LocalDate dateOfBirth, LocalDate at) {
        if (dateOfBirth == null || dateOfBirth.isAfter(at)) {
            return null;
        }
        return Ages.completedYears(dateOfBirth, at);
    }
}
