package uk.chatbatch.annexa;

import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;

import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.TableRecord;

/**
 * When a List 6 episode is open at the period end. The template lets CIN Start Date be blank (annex-a.md
 * section 4), so a row without one is kept; List 6 holds children receiving services at the extract or in
 * the six months before it, so an episode listed without a start date is open unless it has closed.
 */
public final class ChildInNeedEpisodes {

    /** The rule in words, for the definitions of the indicators and checks that use it. */
    public static final String OPEN_AT_END_RULE = "open at the period end: CIN Start Date on or before the period"
            + " end, or blank (the template allows a blank start date, and an episode on the list without a"
            + " closure date is open), and either no CIN Closure Date or a closure date after the period end";

    private ChildInNeedEpisodes() {
    }

    public static boolean openAtEnd(TableRecord episode, ReportingPeriod period) {
        java.time.LocalDate start = episode.date(CIN_START_DATE);
        java.time.LocalDate closed = episode.date(CIN_CLOSURE_DATE);
        return (start == null || !start.isAfter(period.periodEnd()))
                && (closed == null || closed.isAfter(period.periodEnd()));
    }
}
