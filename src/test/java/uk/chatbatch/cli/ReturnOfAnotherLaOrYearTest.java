package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * A return of another LA or year stops the run with one sentence naming the file, what was found and what the run
 * expects (bad input: exit 2, nothing published), unless the job accepts it. The CIN sample is LA 201's census ending
 * 31 March 2023 (ReferenceDate 2023-03-31).
 */
class ReturnOfAnotherLaOrYearTest {

    static final Path CIN = SharedSamples.path("csc-validator-be-cin/fake_data/CIN_Census_2021.xml");

    @TempDir
    Path dir;

    @Test
    void aCinCensusOfLa201InARunForLa999Stops() {
        CapturedOutput run = CapturedOutput.launch("run", "--la", "999", "--period-end", "2023-03-31",
                "--cin", CIN.toString(), "--output", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("CIN_Census_2021.xml: this CIN census is for LA 201 and census year"
                + " 2022-23, but the run is for LA 999 and the period ending 31/03/2023 (census year 2022-23); if that"
                + " is intended, set accept_other_la_or_year: true under inputs in the job file or pass"
                + " --accept-other-la-or-year.");
        assertThat(dir.resolve("out/parquet")).doesNotExist();
        assertThat(dir.resolve("out/reports")).doesNotExist();
    }

    @Test
    void aCinCensusOfAnEarlierYearThanThePeriodStops() {
        CapturedOutput run = CapturedOutput.launch("run", "--la", "201", "--period-end", "2026-09-30",
                "--cin", CIN.toString(), "--output", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("for LA 201 and census year 2022-23, but the run is for LA 201 and the period"
                + " ending 30/09/2026 (census year 2025-26 or 2026-27)");
        assertThat(dir.resolve("out/parquet")).doesNotExist();
    }

    @Test
    void theJobFileSettingLetsItThroughWithAWarningInTheIssues() throws Exception {
        Path job = Files.writeString(dir.resolve("la.yml"), "la_code: \"999\"\nperiod_end: 2023-03-31\n"
                + "output: " + dir.resolve("out") + "\ninputs:\n  cin: " + CIN + "\n  accept_other_la_or_year: true\n"
                + "reports: [internal]\n");
        CapturedOutput run = CapturedOutput.launch("run", job.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        TableData issues = ParquetTableReader.read(dir.resolve("out/parquet/issues/la=999/period=2023-03-31"));
        int warnings = 0;
        for (int r = 0; r < issues.rowCount(); r++) {
            if ("return_for_other_la_or_year".equals(issues.value(r, "issue_code"))) {
                warnings++;
                assertThat((String) issues.value(r, "message")).contains("for LA 201").contains("for LA 999")
                        .endsWith("read anyway because accept_other_la_or_year is set.");
            }
        }
        assertThat(warnings).isEqualTo(1);
        assertThat(ParquetTableReader.read(dir.resolve("out/parquet/cin_child/la=999/period=2023-03-31")).rowCount())
                .isEqualTo(1);
    }

    @Test
    void theRunOptionLetsItThroughToo() {
        CapturedOutput run = CapturedOutput.launch("run", "--la", "999", "--period-end", "2023-03-31",
                "--cin", CIN.toString(), "--accept-other-la-or-year", "--reports", "internal",
                "--output", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("read anyway because accept_other_la_or_year is set.");
    }
}
