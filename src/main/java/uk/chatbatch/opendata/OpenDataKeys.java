package uk.chatbatch.opendata;

import java.util.Optional;
import uk.chatbatch.localauthorities.LocalAuthorities.LocalAuthority;

/**
 * The columns every row at LA level carries under the DfE open data standards, so a dataset joins to DfE and
 * regional files on {@code new_la_code} and {@code time_period} without a cast: the time pair, the geographic
 * level, the country, both LA codes, the LA's name and its region.
 *
 * @param newLaCode  the LA's ONS code in force at the period end; empty for a synthetic LA (990 to 999), which
 *                   has none
 * @param regionCode the region's ONS code (E12...); empty when a synthetic LA names no region
 */
public record OpenDataKeys(TimeKey time, String geographicLevel, String countryCode, String countryName,
                           String oldLaCode, Optional<String> newLaCode, String laName, Optional<String> regionCode,
                           Optional<String> regionName) {

    public static final String LOCAL_AUTHORITY = "Local authority";
    public static final String ENGLAND_CODE = "E92000001";
    public static final String ENGLAND = "England";

    /** An LA's row of the table in force at the period end, at the given time. */
    public static OpenDataKeys of(LocalAuthority la, TimeKey time) {
        return new OpenDataKeys(time, LOCAL_AUTHORITY, ENGLAND_CODE, ENGLAND, la.dfeCode(), Optional.of(la.onsCode()),
                la.name(), Optional.of(la.regionCode()), Optional.of(la.region()));
    }

    /** The same LA and place at another time (a return's reporting year beside the run's month). */
    public OpenDataKeys at(TimeKey other) {
        return new OpenDataKeys(other, geographicLevel, countryCode, countryName, oldLaCode, newLaCode, laName,
                regionCode, regionName);
    }
}
