package uk.chatbatch.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.shareable.ShareableRequest;

/**
 * The job's parameters. Identifying: LA code and period end, so one LA and period is one job
 * instance (a failed run restarts it; a completed one is not run again), and, only for a replacement
 * ({@code run --replace}), the revision (2, 3, ...): each replacement is a job instance of its own. The rest only
 * describe where to read and write, and may change between a failed run and its restart (a corrected file).
 */
public final class JobParameterNames {

    public static final String LA = "la";
    public static final String PERIOD_END = "periodEnd";
    public static final String LA_NAME = "laName";
    public static final String ANNEX_A = "annexA";
    public static final String OUTPUT = "output";
    public static final String SSDA903 = "ssda903";
    public static final String CIN = "cin";
    public static final String SETTINGS = "settings";
    public static final String POPULATION = "population";
    public static final String REGION = "region";
    public static final String REPORTS = "reports";
    public static final String POSTCODE_CENTROIDS = "postcodeCentroids";
    public static final String ACCEPT_OTHER_LA_OR_YEAR = "acceptOtherLaOrYear";
    public static final String SHAREABLE_CHILD_LEVEL = "shareableChildLevel";
    /** Only the key file's path: the key itself never reaches the job repository. */
    public static final String SHAREABLE_KEY_FILE = "shareableKeyFile";
    public static final String PARQUET_CODEC = "parquetCodec";
    /** "true" when the inputs are declared synthetic (a real LA's code with synthetic data); absent otherwise. */
    public static final String SYNTHETIC_DATA = "syntheticData";
    /** The revision a replacement publishes (2, 3, ...); absent for the first run of an LA and period, revision 1. */
    public static final String REVISION = "revision";

    private JobParameterNames() {
    }

    public static JobParameters toParameters(RunRequest request) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(LA, request.laCode(), true)
                .addLocalDate(PERIOD_END, request.periodEnd(), true)
                .addString(LA_NAME, request.laName(), false)
                .addString(OUTPUT, request.output().toAbsolutePath().normalize().toString(), false);
        request.annexA().ifPresent(p -> builder.addString(ANNEX_A, p.toAbsolutePath().normalize().toString(), false));
        request.ssda903().ifPresent(p -> builder.addString(SSDA903, p.toAbsolutePath().normalize().toString(), false));
        request.cin().ifPresent(p -> builder.addString(CIN, p.toAbsolutePath().normalize().toString(), false));
        builder.addString(SETTINGS, request.settings().encode(), false);
        builder.addString(POPULATION, request.population().encode(), false);
        request.region().ifPresent(r -> builder.addString(REGION, r, false));
        request.postcodeCentroids().ifPresent(p -> builder.addString(POSTCODE_CENTROIDS,
                p.toAbsolutePath().normalize().toString(), false));
        if (request.acceptOtherLaOrYear()) {
            builder.addString(ACCEPT_OTHER_LA_OR_YEAR, "true", false);
        }
        builder.addString(SHAREABLE_CHILD_LEVEL, request.shareable().encodeChildLevel(), false);
        request.shareable().keyFile().ifPresent(p -> builder.addString(SHAREABLE_KEY_FILE,
                p.toAbsolutePath().normalize().toString(), false));
        builder.addString(REPORTS, String.join(",", request.reports().stream().map(ReportVariant::label).toList()), false);
        if (request.revision() > 1) {
            builder.addLong(REVISION, (long) request.revision(), true);
        }
        builder.addString(PARQUET_CODEC, request.parquetCodec().label(), false);
        if (request.syntheticData()) {
            builder.addString(SYNTHETIC_DATA, "true", false);
        }
        return builder.toJobParameters();
    }

    public static RunRequest fromParameters(JobParameters p) {
        return new RunRequest(new LaPeriod(p.getString(LA), p.getLocalDate(PERIOD_END)), p.getString(LA_NAME),
                Optional.ofNullable(p.getString(ANNEX_A)).map(Path::of),
                Optional.ofNullable(p.getString(SSDA903)).map(Path::of), Optional.ofNullable(p.getString(CIN)).map(Path::of),
                Path.of(p.getString(OUTPUT)),
                IndicatorSettings.decode(p.getString(SETTINGS)), Population.decode(p.getString(POPULATION)),
                Optional.ofNullable(p.getString(REGION)), ReportVariant.parseList(p.getString(REPORTS), "reports"),
                Optional.ofNullable(p.getString(POSTCODE_CENTROIDS)).map(Path::of),
                "true".equals(p.getString(ACCEPT_OTHER_LA_OR_YEAR)),
                ShareableRequest.decode(p.getString(SHAREABLE_CHILD_LEVEL), p.getString(SHAREABLE_KEY_FILE)), 1,
                Optional.ofNullable(p.getString(PARQUET_CODEC)).flatMap(ParquetCodec::parse).orElse(ParquetCodec.DEFAULT),
                "true".equals(p.getString(SYNTHETIC_DATA)))
                .withRevision(revision(p));
    }

    /** The revision the job publishes: 1 for the first run of an LA and period, 2, 3, ... for replacements. */
    public static int revision(JobParameters p) {
        Long revision = p.getLong(REVISION);
        return revision == null ? 1 : revision.intValue();
    }

    public static LocalDate periodEnd(JobParameters p) {
        return p.getLocalDate(PERIOD_END);
    }
}
