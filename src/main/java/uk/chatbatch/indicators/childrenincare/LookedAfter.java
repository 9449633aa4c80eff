package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.time.LocalDate;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.model.table.TableRecord;

/** The populations of List 8 that the children in care indicators measure. */
final class LookedAfter {

    private LookedAfter() {
    }

    /** Looked after at the period end, as CLA-01 counts: started on or before it, and not ceased or ceased after it. */
    static boolean atPeriodEnd(TableRecord child, ReportingPeriod period) {
        return period.openAtEnd(child.date(CLA_START_DATE), child.date(CLA_CEASED_DATE));
    }

    /**
     * Looked after at some time in the window, which is who List 8 holds: started on or before the period end,
     * and not ceased, or ceased after the day before the window's first day.
     */
    static boolean duringWindow(TableRecord child, ReportingPeriod period) {
        LocalDate start = child.date(CLA_START_DATE);
        LocalDate ceased = child.date(CLA_CEASED_DATE);
        return start != null && !start.isAfter(period.periodEnd())
                && (ceased == null || ceased.isAfter(period.windowExclusiveStart()));
    }

    /**
     * The base of the missing, away and return interview measures (CLA-11 to CLA-14A): by default, as ChAT,
     * everyone looked after at some time in the window; with the setting at 0, those looked after at the end.
     */
    static boolean inMissingBase(TableRecord child, IndicatorContext context) {
        return context.setting(IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW) == 0
                ? atPeriodEnd(child, context.period()) : duringWindow(child, context.period());
    }

    /** The base in words, for the definitions of CLA-11 to CLA-14A. */
    static final String MISSING_BASE = "children looked after at some time in the six months ending on the period"
            + " end (List 8 Date Started to be Looked After on or before the period end, and no Date Ceased to be"
            + " Looked After or one after the date six months before the period end: those looked after at the"
            + " period end and those who ceased in the window, everyone List 8 holds, as ChAT's base is; setting"
            + " cla_missing_includes_ceased_in_window = 0 keeps only those looked after at the period end, as some"
            + " LAs report)";

    /** How CLA-11 to CLA-14A count, in words for their definitions. */
    static final String COUNTS_CHILDREN = "Children are counted, as ChAT counts them, not List 8 rows: a child with"
            + " two rows (two periods of care in the window) counts once, in the numerator when either row is, and"
            + " is described in the breakdowns by that row.";

    /** Missing from placement at least once in the 12 months to the extract, by the LA's own count; blank is not. */
    static boolean wentMissing(TableRecord child) {
        Integer episodes = child.integer(CLA_MISSING_EPISODES);
        return episodes != null && episodes >= 1;
    }
}
