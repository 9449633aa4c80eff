package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/** {@code run --population}: rates per 10,000 without a job file, and the option replacing the job file's. */
class RunPopulationOptionTest {

    @TempDir
    Path dir;

    @Test
    void withoutAJobFileTheOptionIsThePopulation() {
        RunOptions options = options("63,000");

        JobDefinition job = options.resolve(null);

        assertThat(job.population().aged0to17()).isEqualTo(OptionalLong.of(63_000));
        assertThat(job.population().byAgeBand()).isEmpty();
    }

    @Test
    void theOptionReplacesTheJobFilesPopulationWithItsBands() throws Exception {
        Path jobFile = Files.writeString(dir.resolve("job.yml"), """
                la_code: "999"
                population:
                  aged_0_to_17: 5200
                  by_age_band: {under 1: 290}
                """);

        assertThat(options(null).resolve(jobFile).population().aged0to17()).isEqualTo(OptionalLong.of(5200));
        JobDefinition replaced = options("6000").resolve(jobFile);
        assertThat(replaced.population().aged0to17()).isEqualTo(OptionalLong.of(6000));
        assertThat(replaced.population().byAgeBand()).isEmpty();
    }

    @Test
    void aValueThatIsNotAPopulationIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> options("lots").resolve(null)).isInstanceOf(JobFileException.class)
                .hasMessage("--population: 'lots' is not a population count.");
        assertThatThrownBy(() -> options("0").resolve(null)).hasMessage("--population: '0' is not a population count.");
    }

    @Test
    void ratesAreComputedOnARunWithNoJobFile() throws Exception {
        Path out = dir.resolve("output");
        CapturedOutput run = CapturedOutput.launch("run", "--la", "999", "--period-end", "2026-09-30",
                "--annex-a", "input/sample/annex-a-sample.xlsx", "--population", "5200", "--reports", "internal",
                "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        TableData indicators = ParquetTableReader.read(out.resolve("parquet/indicators/la=999/period=2026-09-30"));
        for (int r = 0; r < indicators.rowCount(); r++) {
            if ("REF-01R".equals(indicators.value(r, "indicator_id")) && "all".equals(indicators.value(r, "breakdown"))) {
                assertThat(indicators.value(r, "status")).isEqualTo("computed");
                assertThat(indicators.value(r, "denominator")).isEqualTo(5200L);
                return;
            }
        }
        throw new AssertionError("no REF-01R headline row");
    }

    private static RunOptions options(String population) {
        RunOptions options = new RunOptions();
        options.la = "999";
        options.population = population;
        return options;
    }
}
