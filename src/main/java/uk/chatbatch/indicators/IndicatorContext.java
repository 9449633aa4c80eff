package uk.chatbatch.indicators;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.input.InputData;

/**
 * What every indicator may depend on besides the rows: the period, the working-day calendar, the
 * run's settings for the catalogue's [decision] choices, the LA's child population when configured, and
 * reference files the job file names (postcode centroids, for placement distances).
 */
public record IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar, IndicatorSettings settings,
                               Population population, Optional<Path> postcodeCentroids,
                               Optional<ReferenceData> reference) {

    public IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar) {
        this(period, calendar, IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(),
                Optional.empty());
    }

    public IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar, IndicatorSettings settings,
                            Population population) {
        this(period, calendar, settings, population, Optional.empty(), Optional.empty());
    }

    /** With a postcode-centroid reference file (CSV: postcode, latitude, longitude), not yet read. */
    public IndicatorContext withPostcodeCentroids(Optional<Path> file) {
        return new IndicatorContext(period, calendar, settings, population, file, Optional.empty());
    }

    /** With the reference files read for these data (the engine does this before computing), unless already read. */
    public IndicatorContext withReferenceFor(InputData data) {
        return reference.isPresent() ? this : new IndicatorContext(period, calendar, settings, population,
                postcodeCentroids, Optional.of(ReferenceData.read(postcodeCentroids, data)));
    }

    /** The reference files as read; none when they have not been (a context not given to the engine). */
    public ReferenceData referenceData() {
        return reference.orElse(ReferenceData.none());
    }

    public static IndicatorContext forPeriodEnd(LocalDate periodEnd) {
        return new IndicatorContext(new ReportingPeriod(periodEnd), WorkingDayCalendar.englandAndWales());
    }

    public IndicatorContext with(IndicatorSettings newSettings, Population newPopulation) {
        return new IndicatorContext(period, calendar, newSettings, newPopulation, postcodeCentroids, reference);
    }

    public int setting(IndicatorSetting setting) {
        return settings.value(setting);
    }
}
