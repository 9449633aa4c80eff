package uk.chatbatch.opendata;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

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
}
