package uk.chatbatch.indicators.childprotection;

import static uk.chatbatch.annexa.Field.CP_END_DATE;
import static uk.chatbatch.annexa.Field.CP_START_DATE;

import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.TableRecord;

/** The populations of List 7 that the child protection indicators measure. */
public final class ProtectionPlans {

    private ProtectionPlans() {
    }

    /** Open at the period end, as CP-01 counts: started on or before it, and no end date or one after it. */
    public static boolean openAtEnd(TableRecord plan, ReportingPeriod period) {
        return period.openAtEnd(plan.date(CP_START_DATE), plan.date(CP_END_DATE));
    }
}
