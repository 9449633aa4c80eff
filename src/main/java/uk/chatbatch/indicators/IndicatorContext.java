package uk.chatbatch.indicators;

import java.time.LocalDate;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.calendar.WorkingDayCalendar;

/**
 * What every indicator may depend on besides the rows: the period, the working-day calendar, the
 * run's settings for the catalogue's [decision] choices, and the LA's child population when configured.
 */
public record IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar, IndicatorSettings settings,
                               Population population) {

    public IndicatorContext(ReportingPeriod period, WorkingDayCalendar calendar) {
        this(period, calendar, IndicatorSettings.defaults(), Population.notConfigured());
    }

    public static IndicatorContext forPeriodEnd(LocalDate periodEnd) {
        return new IndicatorContext(new ReportingPeriod(periodEnd), WorkingDayCalendar.englandAndWales());
    }

    public IndicatorContext with(IndicatorSettings newSettings, Population newPopulation) {
        return new IndicatorContext(period, calendar, newSettings, newPopulation);
    }

    public int setting(IndicatorSetting setting) {
        return settings.value(setting);
    }
}
