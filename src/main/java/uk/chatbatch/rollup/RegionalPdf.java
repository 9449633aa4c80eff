package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.logging.RunLog;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.rollup.report.RegionalReport;

/**
 * Draws the regional PDF from the published benchmarking dataset, at
 * {@code <out>/reports/region/<group_id>/<latest period>/chat-regional-benchmarking.pdf}. A PDF that cannot be drawn
 * says why and never withdraws the datasets, which stand on their own.
 */
public final class RegionalPdf {

    /** The PDF drawn, or why not; and the parts of it that could not be drawn (each says so in its place). */
    public record Drawn(Optional<Path> pdf, Optional<String> notDrawn, List<String> partsNotDrawn) {
    }

    private RegionalPdf() {
    }

    /** Where the group's PDF for its latest period goes. */
    public static Path file(Path output, String groupId, LocalDate latestPeriod) {
        return RegionalReport.path(output, groupId, latestPeriod);
    }

    /** Draws into staging from the published datasets, then publishes by atomic rename. */
    public static Drawn draw(Path output, String groupId, LocalDate latestPeriod) {
        Path pdf = file(output, groupId, latestPeriod);
        try {
            Path staging = output.resolve(OutputLayout.STAGING_DIR).resolve("rollup-report-" + groupId.replace(' ', '_'));
            Directories.deleteRecursively(staging);
            Path staged = staging.resolve(RegionalReport.FILE_NAME);
            List<String> parts = RegionalReport.write(output.resolve(Rollup.BENCHMARKING_DIR),
                    output.resolve(Rollup.TREND_DIR), groupId, latestPeriod, staged);
            Files.createDirectories(pdf.getParent());
            Files.move(staged, pdf, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Directories.deleteRecursively(staging);
            return new Drawn(Optional.of(pdf), Optional.empty(), parts);
        } catch (IOException | RuntimeException e) {
            Path log = RunLog.failure("regional PDF not drawn", e);
            return new Drawn(Optional.empty(), Optional.of("it could not be drawn (" + e.getClass().getSimpleName()
                    + "); the details are in " + log), List.of());
        }
    }
}
