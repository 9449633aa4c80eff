package uk.chatbatch.indicators;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.calendar.WorkingDayCalendar;

/**
 * What every indicator may depend on besides the rows: the period, the working-day calendar, the
 * run's settings for the catalogue's [decision] choices, the LA's child population when configured, and
 * reference files the job file names (postcode centroids, for placement distances).
 */
public record IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar, IndicatorSettings settings,
                               Population population, Optional<Path> postcodeCentroids) {

    public IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar) {
        this(period, calendar, IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty());
    }

    public IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar, IndicatorSettings settings,
                            Population population) {
        this(period, calendar, settings, population, Optional.empty());
    }

    /** With a postcode-centroid reference file (CSV: postcode, latitude, longitude). */
    public IndicatorContext withPostcodeCentroids(Optional<Path> file) {
        return new IndicatorContext(period, calendar, settings, population, file);
    }

    public static IndicatorContext forPeriodEnd(LocalDate periodEnd) {
        return new IndicatorContext(new ReportingPeriod(periodEnd), WorkingDayCalendar.englandAndWales());
    }

    public IndicatorContext with(IndicatorSettings newSettings, Population newPopulation) {
        return new IndicatorContext(period, calendar, newSettings, newPopulation, postcodeCentroids);
    }

    public int setting(IndicatorSetting setting) {
        return settings.value(setting);
    }
}
