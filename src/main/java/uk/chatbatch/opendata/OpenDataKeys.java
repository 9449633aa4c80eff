package uk.chatbatch.opendata;

import java.util.Locale;
import java.util.Optional;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.localauthorities.LocalAuthorities.LocalAuthority;
import uk.chatbatch.model.LaPeriod;

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

    /**
     * The keys of one run's LA at the month of its period end. An LA in the table takes the name, ONS code and region
     * of its row in force at the period end, whatever the job file calls it, so rows join to DfE files. An LA the
     * table does not hold then (a synthetic LA, 990 to 999) has no ONS code; its name is the job's and its region the
     * one the job names, when that is an English region.
     *
     * @param laName     the name the job gives the LA
     * @param regionName the region the job names for benchmarks, if any
     */
    public static OpenDataKeys forRun(LaPeriod key, String laName, Optional<String> regionName) {
        TimeKey month = TimeKey.reportingMonth(key.periodEnd());
        Optional<LocalAuthority> row = LocalAuthorities.bundled().inForceOn(key.laCode(), key.periodEnd());
        if (row.isPresent()) {
            return of(row.get(), month);
        }
        Optional<LocalAuthority> inRegion = regionName.flatMap(OpenDataKeys::anLaOfRegion);
        return new OpenDataKeys(month, LOCAL_AUTHORITY, ENGLAND_CODE, ENGLAND, key.laCode(), Optional.empty(), laName,
                inRegion.map(LocalAuthority::regionCode), inRegion.map(LocalAuthority::region));
    }

    /** The same LA and place at another time (a return's reporting year beside the run's month). */
    public OpenDataKeys at(TimeKey other) {
        return new OpenDataKeys(other, geographicLevel, countryCode, countryName, oldLaCode, newLaCode, laName,
                regionCode, regionName);
    }

    /**
     * The values of the indicators datasets' open data columns, in their order: time_period, time_identifier,
     * geographic_level, country_code, country_name, old_la_code, new_la_code, la_name, region_code, region_name
     * (an empty code or name as null).
     */
    public Object[] values() {
        return new Object[] {time.timePeriod(), time.timeIdentifier(), geographicLevel, countryCode, countryName,
                oldLaCode, newLaCode.orElse(null), laName, regionCode.orElse(null), regionName.orElse(null)};
    }

    /** A live LA of the English region of that name (any case), which gives the region's code and spelling. */
    private static Optional<LocalAuthority> anLaOfRegion(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return LocalAuthorities.bundled().liveWithDfeCode().stream()
                .filter(la -> la.region().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
