package uk.chatbatch.indicators;

import java.util.Locale;
import uk.chatbatch.calendar.Timescales;

/**
 * The choices the catalogue marks [decision]: each a named setting with the catalogue's default, set
 * in the job file under {@code settings:}. The indicators dataset and the report's definitions page
 * record the value each indicator used and whether it is the default.
 */
public enum IndicatorSetting {
    CONTACT_TO_REFERRAL_WORKING_DAYS(1, "working days",
            "A contact leads to a referral when the same child has a referral on or after the contact date and"
                    + " within this many working days of it (CON-05)."),
    REFERRAL_TO_ASSESSMENT_WORKING_DAYS(10, "working days",
            "A referral leads to an assessment when the same child has an assessment starting on or after the"
                    + " referral date and within this many working days of it (REF-06)."),
    CIN_SEEN_WITHIN_WORKING_DAYS(20, "working days",
            "A child in need counts as seen recently when last seen within this many working days before the"
                    + " period end (CIN-03); there is no national standard."),
    CP_VISIT_WITHIN_WORKING_DAYS(Timescales.CP_VISIT_WORKING_DAYS, "working days",
            "A child protection visit is in timescale when the last statutory visit is within this many working"
                    + " days before the period end (CP-08); a local standard, commonly 10."),
    CLA_VISIT_WITHIN_WEEKS(6, "weeks",
            "A child looked after counts as visited in timescale when the last social work visit is within this"
                    + " many weeks before the period end (CLA-18)."),
    CLA_IRO_CONTACT_WITHIN_MONTHS(6, "months",
            "A child looked after counts as in contact with the IRO when the last IRO visit or contact is within"
                    + " this many months before the period end (CLA-20)."),
    CLA_MISSING_INCLUDES_CEASED_IN_WINDOW(1, "1 = yes, 0 = no",
            "Whether the base of the missing, away and return interview measures (CLA-11 to CLA-14A) includes"
                    + " children who ceased to be looked after in the window, as ChAT's does (1, the default: every"
                    + " child List 8 holds), or only those looked after at the period end (0), as some LAs report.");

    private final int defaultValue;
    private final String unit;
    private final String description;

    IndicatorSetting(int defaultValue, String unit, String description) {
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.description = description;
    }

    /** The key used in job files and in the indicators dataset. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public static IndicatorSetting byKey(String key) {
        for (IndicatorSetting s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
