package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run asked for child-level shareable tables without a usable key: it completes, says so once, and exits 3. */
class ShareableRunTest {

    @Test
    void aMissingKeyFileWithholdsTheChildLevelTablesWithExitCode3(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        Path missing = dir.resolve("la.key");
        Path job = Files.writeString(dir.resolve("la.yml"), "la_code: \"999\"\nperiod_end: 2026-09-30\ninputs:\n"
                + "  annex_a: input/sample/annex-a-sample.xlsx\noutput: " + output + "\nshareable:\n"
                + "  child_level: [annex_a_referrals]\n  key_file: " + missing + "\n");

        CapturedOutput run = CapturedOutput.launch("run", job.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Shareable output withheld: no child-level shareable table was written"
                + " (annex_a_referrals): " + missing + ": the pseudonymisation key file does not exist; the shareable"
                + " indicators were written.").doesNotContain("Exception");
        assertThat(output.resolve("shareable/indicators/la=999/period=2026-09-30/part-00000.parquet")).isNotEmptyFile();
        assertThat(output.resolve("shareable/annex_a_referrals")).doesNotExist();
        assertThat(output.resolve("reports/999/2026-09-30/chat-leaders-shareable.pdf")).isNotEmptyFile();
    }
}
