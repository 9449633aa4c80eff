package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.SharedSamples;

/** An input the run cannot use: one sentence naming the file, a non-zero exit, nothing published. */
class BadInputTest {

    @TempDir
    Path dir;

    private CapturedOutput run(Path annexA) {
        return CapturedOutput.launch("run", "--la", "999", "--period-end", "2026-09-30",
                "--annex-a", annexA.toString(), "--output", dir.resolve("out").toString());
    }

    private void assertNothingPublished() {
        assertThat(dir.resolve("out/parquet")).doesNotExist();
        assertThat(dir.resolve("out/reports")).doesNotExist();
    }

    @Test
    void aMissingFile() {
        CapturedOutput result = run(dir.resolve("annex-a.xlsx"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(dir.resolve("annex-a.xlsx") + ": the Annex A input does not exist.");
        assertNothingPublished();
    }

    @Test
    void aFileThatIsNotAWorkbook() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.xlsx"), "meeting notes, not a workbook");
        CapturedOutput result = run(notes);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("notes.xlsx: is not an Excel workbook (.xlsx) or a folder of CSV files.");
        assertNothingPublished();
    }

    @Test
    void aWorkbookWithNoRecognisableList() {
        CapturedOutput result = run(SharedSamples.path("annex-a-sen-validator-be/fake_data/fake_sen.xlsx"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip())
                .isEqualTo("fake_sen.xlsx: no sheet has the header row of an Annex A list (sheets: List_1, List_2).");
        assertNothingPublished();
        assertThat(dir.resolve("out/.staging")).isEmptyDirectory();
    }

    @Test
    void aJobFileWithATypo() throws Exception {
        Path job = Files.writeString(dir.resolve("la.yml"), "la_code: 999\nperiod_ending: 2026-09-30\n");
        CapturedOutput result = CapturedOutput.launch("run", job.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(job + ": unknown key 'period_ending' (allowed: inputs, job_repository_url,"
                + " la_code, la_name, output, parquet_codec, period_end, population, reference, region, reports, schedule, settings,"
                + " shareable, synthetic_data).");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "schedule", "generate"}) {
            CapturedOutput help = CapturedOutput.launch(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: chat-batch " + command);
        }
        assertThat(CapturedOutput.launch("--help").out()).contains("run", "schedule", "generate");
    }
}
