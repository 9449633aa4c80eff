package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * The reports and the shareable datasets are written side by side in one step: a part that fails does not lose
 * what the other part wrote, and the restart writes the failed part's outputs.
 */
class ReportBesideShareableTest {

    private static final String SHAREABLE_INDICATORS = "shareable/indicators/la=999/period=2026-09-30";
    private static final String REPORTS = "reports/999/2026-09-30";

    @TempDir
    Path dir;

    @Test
    void whenTheReportsCannotBePublishedTheShareableDatasetsAreStillWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("output"));
        // A file where the reports folder should be: the report part cannot publish.
        Files.writeString(out.resolve("reports"), "in the way");

        CapturedOutput failed = CapturedOutput.launch(run(out));

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(out.resolve("reports")).isRegularFile().hasContent("in the way");
        TableData shared = ParquetTableReader.read(out.resolve(SHAREABLE_INDICATORS));
        assertThat(shared.rows()).isNotEmpty();
        assertThat(shared.column("region")).as("the job file's region").containsOnly("North East");
        assertThat(shared.column("indicator_id")).contains("ASM-02");
    }

    @Test
    void whenTheShareableDatasetsCannotBePublishedTheReportsAreStillWrittenAndTheRestartWritesTheShareableOnes()
            throws Exception {
        Path out = Files.createDirectories(dir.resolve("output"));
        // A file where the shareable folder should be: the shareable part cannot publish.
        Path blocker = Files.writeString(out.resolve("shareable"), "in the way");

        CapturedOutput failed = CapturedOutput.launch(run(out));

        assertThat(failed.exitCode()).isEqualTo(1);
        for (String report : List.of("chat-leaders-internal.pdf", "chat-appendix-internal.pdf",
                "chat-leaders-shareable.pdf", "chat-appendix-shareable.pdf")) {
            Path pdf = out.resolve(REPORTS).resolve(report);
            assertThat(pdf).as(report).isRegularFile();
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .as(report).isEqualTo("%PDF-");
        }
        assertThat(out.resolve(REPORTS).resolve("chat-leaders-internal.html")).content().contains("Sampleshire");
        assertThat(blocker).hasContent("in the way");

        Files.delete(blocker);
        CapturedOutput restarted = CapturedOutput.launch(run(out));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        String steps = restarted.out().lines().filter(l -> l.startsWith("Steps:")).findFirst().orElseThrow();
        assertThat(steps).as("the whole step runs again, and only it")
                .startsWith("Steps: report-and-shareable").doesNotContain("ingest").doesNotContain("indicators");
        TableData shared = ParquetTableReader.read(out.resolve(SHAREABLE_INDICATORS));
        assertThat(shared.column("region")).as("the job file's region").containsOnly("North East");
        assertThat(out.resolve(REPORTS).resolve("chat-appendix-internal.pdf")).isRegularFile();
    }

    private static String[] run(Path out) {
        return new String[] {"run", "jobs/sample-la.yml", "--output", out.toString()};
    }
}
