package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.ParquetTableReader;

/** A failed run restarts from the failed step; the steps that completed are not run again. */
class RestartTest {

    @TempDir
    Path dir;

    @Test
    void aRunWhoseReportStepFailedRestartsFromTheReportStep() throws Exception {
        Path out = dir.resolve("output");
        Files.createDirectories(out);
        // A file where the reports folder should be: the report step cannot publish, so it fails.
        Path blocker = Files.writeString(out.resolve("reports"), "in the way");
        String[] run = {"run", "jobs/sample-la.yml", "--output", out.toString()};

        CapturedOutput failed = CapturedOutput.launch(run);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("ingest").contains("(completed)").contains("report")
                .contains("(failed)").contains("run the same command again");
        assertThat(out.resolve("parquet/indicators/la=999/period=2026-09-30")).isDirectory();

        Files.delete(blocker);
        CapturedOutput restarted = CapturedOutput.launch(run);
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        String steps = restarted.out().lines().filter(l -> l.startsWith("Steps:")).findFirst().orElseThrow();
        assertThat(steps).startsWith("Steps: report").doesNotContain("ingest").doesNotContain("indicators");
        assertThat(out.resolve("reports/999/2026-09-30/chat-appendix-internal.pdf")).isRegularFile();

        // The restart is the same run: its files carry the run UUID and time of the execution that failed.
        Map<String, String> beforeFailure = ParquetTableReader.keyValueMetadata(
                out.resolve("parquet/indicators/la=999/period=2026-09-30/part-00000.parquet"));
        Map<String, String> afterRestart = ParquetTableReader.keyValueMetadata(
                out.resolve("shareable/indicators/la=999/period=2026-09-30/part-00000.parquet"));
        assertThat(afterRestart.get(DatasetProvenance.RUN_UUID)).isNotNull()
                .isEqualTo(beforeFailure.get(DatasetProvenance.RUN_UUID));
        assertThat(afterRestart.get(DatasetProvenance.PRODUCED_AT)).isEqualTo(beforeFailure.get(DatasetProvenance.PRODUCED_AT));
        assertThat(afterRestart.get(DatasetProvenance.JOB_INSTANCE_ID))
                .isEqualTo(beforeFailure.get(DatasetProvenance.JOB_INSTANCE_ID));
        assertThat(afterRestart.get(DatasetProvenance.JOB_EXECUTION_ID)).as("the execution that wrote it")
                .isNotEqualTo(beforeFailure.get(DatasetProvenance.JOB_EXECUTION_ID));
    }
}
