package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.calendar.ReportingPeriod;

/** The populations of List 8 that the children in care indicators measure. */
final class LookedAfter {

    private LookedAfter() {
    }

    /** Looked after at the period end, as CLA-01 counts: started on or before it, and not ceased or ceased after it. */
    static boolean atPeriodEnd(AnnexARecord child, ReportingPeriod period) {
        return period.openAtEnd(child.date(CLA_START_DATE), child.date(CLA_CEASED_DATE));
    }

    /**
     * Looked after at some time in the window, which is who List 8 holds: started on or before the period end,
     * and not ceased, or ceased after the day before the window's first day.
     */
    static boolean duringWindow(AnnexARecord child, ReportingPeriod period) {
        LocalDate start = child.date(CLA_START_DATE);
        LocalDate ceased = child.date(CLA_CEASED_DATE);
        return start != null && !start.isAfter(period.periodEnd())
                && (ceased == null || ceased.isAfter(period.windowExclusiveStart()));
    }

    /** Missing from placement at least once in the 12 months to the extract, by the LA's own count; blank is not. */
    static boolean wentMissing(AnnexARecord child) {
        Integer episodes = child.integer(CLA_MISSING_EPISODES);
        return episodes != null && episodes >= 1;
    }
}
