package uk.chatbatch.job;

import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import uk.chatbatch.pipeline.RunRequest;

/**
 * The region job's parameters. Identifying: the LA set and the period end, so one set of LAs and period is
 * one job instance whose restart reruns the LAs that failed. Each LA's own single-LA parameters
 * ({@link JobParameterNames}) ride along, non-identifying, under {@code <LA code>.}: a restart reads them
 * afresh, so a corrected input path is used.
 */
public final class RegionParameters {

    public static final String LAS = "las";

    private RegionParameters() {
    }

    public static JobParameters toParameters(String laCodes, LocalDate periodEnd, List<RunRequest> las) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(LAS, laCodes, true)
                .addLocalDate(JobParameterNames.PERIOD_END, periodEnd, true);
        for (RunRequest la : las) {
            for (JobParameter<?> p : JobParameterNames.toParameters(la)) {
                builder.addJobParameter(renamed(p, la.laCode() + "." + p.name()));
            }
        }
        return builder.toJobParameters();
    }

    /** The single-LA request for one LA of the region, as the region job's parameters give it now. */
    public static RunRequest requestFor(String laCode, JobParameters region) {
        String prefix = laCode + ".";
        JobParametersBuilder builder = new JobParametersBuilder();
        for (JobParameter<?> p : region) {
            if (p.name().startsWith(prefix)) {
                builder.addJobParameter(renamed(p, p.name().substring(prefix.length())));
            }
        }
        return JobParameterNames.fromParameters(builder.toJobParameters());
    }

    /** The same value and type under another name, non-identifying. */
    private static <T> JobParameter<T> renamed(JobParameter<T> p, String name) {
        return new JobParameter<>(name, p.value(), p.type(), false);
    }
}
