package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.job.RunOutcome;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.pipeline.ShareableStage;

/** What the run summary says about the reports, from the notices the report step published beside them. */
class RunSummaryNoticesTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @Test
    void aWithheldShareableReportIsOneSentenceAndExitCode3(@TempDir Path dir) throws Exception {
        RunRequest request = new RunRequest("999", "Sampleshire", T, Optional.empty(), dir);
        String withheld = ReportStage.WITHHELD + "the small-number rule could not be applied to ASM-02 (a percentage"
                + " for all without the number it is out of), so it was not written; everything else was published.";
        String notDrawn = ReportStage.NOT_DRAWN + "internal report: CP-07 figures could not be drawn: boom.";
        write(request, List.of(notDrawn, withheld));

        Summary s = summarise(request);
        assertThat(s.code).isEqualTo(ExitCodes.SHAREABLE_WITHHELD).isEqualTo(3);
        assertThat(s.err.strip()).isEqualTo(withheld);
        assertThat(s.out).contains(notDrawn).contains("Analysts' appendix (shareable): ").contains("(not written)");
    }

    @Test
    void partsNotDrawnAreListedAndTheRunStillCompletes(@TempDir Path dir) throws Exception {
        RunRequest request = new RunRequest("999", "Sampleshire", T, Optional.empty(), dir);
        write(request, List.of(ReportStage.NOT_DRAWN + "shareable report: CP-07 figures could not be drawn: boom."));
        Summary s = summarise(request);
        assertThat(s.code).isZero();
        assertThat(s.out).contains("Not drawn in the shareable report: CP-07 figures could not be drawn: boom.");
    }

    @Test
    void withoutNoticesNothingIsSaid(@TempDir Path dir) throws Exception {
        Summary s = summarise(new RunRequest("999", "Sampleshire", T, Optional.empty(), dir));
        assertThat(s.code).isZero();
        assertThat(s.out).doesNotContain("Not drawn", "withheld");
    }

    @Test
    void aWithheldShareableDatasetIsOneSentenceAndExitCode3(@TempDir Path dir) throws Exception {
        RunRequest request = new RunRequest("999", "Sampleshire", T, Optional.empty(), dir);
        String withheld = ShareableStage.WITHHELD + "no child-level shareable table was written (annex_a_referrals):"
                + " /secure/la.key: the pseudonymisation key file does not exist; the shareable indicators were written.";
        Path notices = request.layout().reportFile(new LaPeriod("999", T), ShareableStage.NOTICES);
        Files.createDirectories(notices.getParent());
        Files.write(notices, List.of(withheld));

        Summary s = summarise(request);
        assertThat(s.code).isEqualTo(ExitCodes.SHAREABLE_WITHHELD);
        assertThat(s.err.strip()).isEqualTo(withheld);
        assertThat(s.out).contains("Shareable datasets: " + dir.resolve("shareable") + "/<dataset>/la=999/period=2026-09-30");
    }

    record Summary(int code, String out, String err) {
    }

    private static void write(RunRequest request, List<String> lines) throws Exception {
        Path notices = request.layout().reportFile(new LaPeriod("999", T), ReportStage.NOTICES);
        Files.createDirectories(notices.getParent());
        Files.write(notices, lines);
    }

    private static Summary summarise(RunRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RunSummary.print(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), request,
                new RunOutcome(RunOutcome.Kind.ALREADY_COMPLETE, Optional.empty(), "LA 999: already completed."));
        return new Summary(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
