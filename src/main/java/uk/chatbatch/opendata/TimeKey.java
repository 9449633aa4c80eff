package uk.chatbatch.opendata;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.childrenincare.OutcomeYear;

/**
 * The DfE open data standards' time columns: {@code time_period} and {@code time_identifier}, as Explore
 * Education Statistics files carry them (analysts' guide, "Open Data Standards").
 *
 * <p>Two kinds are used, never mixed in one exported file (the DfE's screener fails a file that crosses
 * conceptually different identifiers):
 * <ul>
 * <li>a ChAT run's figures are the LA's position at its period end, over windows (six or twelve months) that end
 * there: the month of the period end, {@code 2026} + {@code September};</li>
 * <li>a statutory return's collection year (1 April to 31 March) is what the DfE's own children looked after and
 * children in need publications call a reporting year: {@code 2026} + {@code Reporting year} for the year ending
 * 31 March 2026, so rows join to DfE files on {@code time_period} without a cast.</li>
 * </ul>
 *
 * <p>Which indicators are on a collection year: those whose window is {@link OutcomeYear#WINDOW}, the SSDA903 OC2
 * and OC3 measures (CLA-15-903, CLA-16-903, CLA-17, CLA-22, CL-02-903, CL-03-903, CL-05-903, CL-07), computed on
 * the collection year ending on the last 31 March on or before the period end, as the DfE computes them. Every other
 * indicator from a return (the other -903 and every -CIN one) counts over the same six or twelve months ending on the
 * period end as its Annex A twin, or at the period end, so it has the run's month.
 */
public record TimeKey(int timePeriod, String timeIdentifier) {

    public static final String REPORTING_YEAR = "Reporting year";

    /** The month a run's period end falls in, e.g. 2026-09-30 gives 2026 / September. */
    public static TimeKey reportingMonth(LocalDate periodEnd) {
        return new TimeKey(periodEnd.getYear(), periodEnd.getMonth().getDisplayName(TextStyle.FULL, Locale.UK));
    }

    /** A collection year by the year its 31 March falls in: 2026 is 1 April 2025 to 31 March 2026. */
    public static TimeKey reportingYear(int yearEnding31March) {
        return new TimeKey(yearEnding31March, REPORTING_YEAR);
    }

    /**
     * The time an indicator's figures in a run describe: the reporting year of its collection year for an indicator
     * computed on one, else the month of the period end.
     */
    public static TimeKey of(IndicatorMetadata indicator, LocalDate periodEnd) {
        return OutcomeYear.WINDOW.equals(indicator.window())
                ? reportingYear(OutcomeYear.endingOnOrBefore(periodEnd).year().endYear())
                : reportingMonth(periodEnd);
    }

    /** Whether it is a reporting year (a return's collection year) rather than a month. */
    public boolean isReportingYear() {
        return REPORTING_YEAR.equals(timeIdentifier);
    }
}
