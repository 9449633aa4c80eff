package uk.chatbatch.jobfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.shareable.ShareableRequest;

/**
 * One job: which LA, which inputs, where outputs go, and (for the scheduler) when it runs.
 * Built from a job file, the command line, or both (the command line wins).
 *
 * @param name       the job file's name without extension, or "command-line"
 * @param laCode     DfE three-digit LA code
 * @param laName     LA name for the report
 * @param periodEnd  the period end T, when fixed
 * @param schedule   cron and period-end rule, for the scheduler
 * @param annexA     a workbook, or a folder holding one CSV per list
 * @param ssda903    an SSDA903 folder (one sub-folder or year-labelled files per collection year) or file
 * @param cin        a CIN census XML file, or a folder of them
 * @param output     the output folder
 * @param jdbcUrl    the job repository; default an H2 file inside the output folder
 * @param settings   the catalogue's [decision] settings, defaults where not given
 * @param population the LA's population aged 0 to 17, for rates per 10,000
 * @param region     the English region whose benchmarks sit beside England's
 * @param reports    which report variants to draw: internal, shareable, or both (the default)
 * @param postcodeCentroids a postcode-centroid CSV (postcode, latitude, longitude) for placement distances
 * @param acceptOtherLaOrYear read a return of another LA or collection year (with a warning) instead of stopping
 * @param shareable  the child-level shareable tables asked for and the LA's key file (the shareable indicators are always written)
 * @param parquetCodec the datasets' compression: zstd (the default) or snappy
 * @param laCodeGiven the LA code as the user gave it (DfE or ONS), checked against the LA table at the period end
 *                   by {@link RunKey}
 * @param syntheticData the inputs are synthetic (key {@code synthetic_data}; {@code generate --las} writes it): the
 *                   outputs say so, as they do for a synthetic LA's code (990 to 999), though the LA code is real
 */
public record JobDefinition(String name, String laCode, String laName, Optional<LocalDate> periodEnd,
                            Optional<Schedule> schedule, Optional<Path> annexA, Optional<Path> ssda903,
                            Optional<Path> cin, Path output,
                            Optional<String> jdbcUrl, IndicatorSettings settings, Population population,
                            Optional<String> region, List<ReportVariant> reports, Optional<Path> postcodeCentroids,
                            boolean acceptOtherLaOrYear, ShareableRequest shareable, ParquetCodec parquetCodec,
                            String laCodeGiven, boolean syntheticData) {

    public JobDefinition(String name, String laCode, String laName, Optional<LocalDate> periodEnd,
                         Optional<Schedule> schedule, Optional<Path> annexA, Optional<Path> ssda903,
                         Optional<Path> cin, Path output,
                         Optional<String> jdbcUrl, IndicatorSettings settings, Population population,
                         Optional<String> region, List<ReportVariant> reports, Optional<Path> postcodeCentroids,
                         boolean acceptOtherLaOrYear, ShareableRequest shareable) {
        this(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output, jdbcUrl, settings, population,
                region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable, ParquetCodec.DEFAULT, laCode, false);
    }

    public JobDefinition(String name, String laCode, String laName, Optional<LocalDate> periodEnd,
                         Optional<Schedule> schedule, Optional<Path> annexA, Optional<Path> ssda903,
                         Optional<Path> cin, Path output,
                         Optional<String> jdbcUrl, IndicatorSettings settings, Population population,
                         Optional<String> region, List<ReportVariant> reports, Optional<Path> postcodeCentroids,
                         boolean acceptOtherLaOrYear) {
        this(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output, jdbcUrl, settings, population,
                region, reports, postcodeCentroids, acceptOtherLaOrYear, ShareableRequest.indicatorsOnly());
    }

    public JobDefinition withParquetCodec(ParquetCodec codec) {
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable, codec,
                laCodeGiven, syntheticData);
    }

    public JobDefinition withShareable(ShareableRequest asked) {
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, asked, parquetCodec,
                laCodeGiven, syntheticData);
    }

    public JobDefinition(String name, String laCode, String laName, Optional<LocalDate> periodEnd,
                         Optional<Schedule> schedule, Optional<Path> annexA, Optional<Path> ssda903,
                         Optional<Path> cin, Path output,
                         Optional<String> jdbcUrl, IndicatorSettings settings, Population population,
                         Optional<String> region, List<ReportVariant> reports, Optional<Path> postcodeCentroids) {
        this(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output, jdbcUrl, settings, population,
                region, reports, postcodeCentroids, false);
    }

    public JobDefinition withAcceptOtherLaOrYear(boolean accept) {
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, accept, shareable, parquetCodec,
                laCodeGiven, syntheticData);
    }

    /** The same job declared synthetic data, or not. */
    public JobDefinition withSyntheticData(boolean synthetic) {
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable,
                parquetCodec, laCodeGiven, synthetic);
    }

    public record Schedule(String cron, PeriodEndRule periodEndRule) {
    }

    /**
     * The job repository URL: the configured one, or an H2 file DB under the output folder, one per LA and
     * period. One per LA and period because H2 shared by two processes breaks the second's connections when
     * the first exits, and the run lock already keeps each LA and period to one process at a time.
     */
    public String jobRepositoryUrl() {
        String instance = laCode + periodEnd.map(end -> "_" + end).orElse("");
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve(".jobrepo")
                .resolve(instance).resolve("chat-batch") + ";AUTO_SERVER=TRUE");
    }

    public JobDefinition withPeriodEnd(LocalDate date) {
        return new JobDefinition(name, laCode, laName, Optional.of(date), schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable,
                parquetCodec, laCodeGiven, syntheticData);
    }

    /** The same job with the LA code as the user gave it (an ONS code, say), for {@link RunKey}'s check. */
    public JobDefinition withLaCodeGiven(String given) {
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable, parquetCodec,
                given, syntheticData);
    }

    /** The same job for an LA named otherwise (the LA table's name for a real LA). */
    public JobDefinition withLaName(String name) {
        return new JobDefinition(this.name, laCode, name, periodEnd, schedule, annexA, ssda903, cin, output,
                jdbcUrl, settings, population, region, reports, postcodeCentroids, acceptOtherLaOrYear, shareable,
                parquetCodec, laCodeGiven, syntheticData);
    }
}
