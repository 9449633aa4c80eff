package uk.chatbatch.calendar;

/**
 * The statutory and common local timescales in working days (../shared/reference/working-days.md section 3),
 * held once so the Annex A indicators, their twins from the CIN census and the report's charts agree. A record is
 * in time when the end is on or before the Nth working day after the start (exactly N is in time, N + 1 late).
 */
public final class Timescales {

    /** Child and family assessment: start to authorisation (ASM-02, ASM-04, ASM-02-CIN; Working Together). */
    public static final int ASSESSMENT_WORKING_DAYS = 45;

    /** Strategy discussion to initial child protection conference (S47-03, S47-05, S47-03-CIN; Working Together). */
    public static final int ICPC_WORKING_DAYS = 15;

    /** The common local standard for a child protection visit, the default of the CP-08 setting; not statutory. */
    public static final int CP_VISIT_WORKING_DAYS = 10;

    /**
     * How far back "in the last 12 months" looks, in calendar months, from the date 12 months before: an earlier
     * referral making a re-referral (REF-04, REF-05, REF-04-CIN) and the check of Annex A's supplied counts of
     * referrals and enquiries in the last 12 months against those listed.
     */
    public static final int LAST_12_MONTHS = 12;

    private Timescales() {
    }
}
