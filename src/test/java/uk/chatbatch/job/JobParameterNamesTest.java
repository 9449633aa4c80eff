package uk.chatbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.pipeline.RunRequest;

/** What a restart reads back from the job repository is what the run was asked to do. */
class JobParameterNamesTest {

    private static final RunRequest REQUEST = new RunRequest("202", "Camden", LocalDate.of(2026, 9, 30),
            Optional.of(Path.of("in/annex-a.xlsx")), Path.of("out"));

    @Test
    void inputsDeclaredSyntheticStaySoAcrossARestart() {
        JobParameters declared = JobParameterNames.toParameters(REQUEST.withSyntheticData(true));

        RunRequest back = JobParameterNames.fromParameters(declared);

        assertThat(back.syntheticData()).isTrue();
        assertThat(back.syntheticLa()).as("a real LA's code, synthetic data").isTrue();
        assertThat(declared.getParameter(JobParameterNames.SYNTHETIC_DATA).identifying())
                .as("the same LA and period, whether declared or not").isFalse();
    }

    @Test
    void aRealLasRunIsNotSyntheticAndCarriesNoSuchParameter() {
        JobParameters real = JobParameterNames.toParameters(REQUEST.withParquetCodec(ParquetCodec.SNAPPY));

        RunRequest back = JobParameterNames.fromParameters(real);

        assertThat(real.getParameter(JobParameterNames.SYNTHETIC_DATA)).isNull();
        assertThat(back.syntheticData()).isFalse();
        assertThat(back.syntheticLa()).isFalse();
        assertThat(back.parquetCodec()).isEqualTo(ParquetCodec.SNAPPY);
        assertThat(back.key()).isEqualTo(REQUEST.key());
    }
}
