package uk.chatbatch.rollup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import uk.chatbatch.logging.RunLog;

/**
 * Draws the regional PDF from the published benchmarking dataset, at
 * {@code <out>/reports/region/<group_id>/<latest period>/chat-regional-benchmarking.pdf}. A PDF that cannot be drawn
 * says why and never withdraws the datasets, which stand on their own.
 */
public final class RegionalPdf {

    public static final String FILE_NAME = "chat-regional-benchmarking.pdf";

    /** The PDF drawn, or why not. */
    public record Drawn(Optional<Path> pdf, Optional<String> notDrawn) {
    }

    private RegionalPdf() {
    }

    /** Where the group's PDF for its latest period goes. */
    public static Path file(Path output, String groupId, LocalDate latestPeriod) {
        return output.resolve("reports").resolve("region").resolve(groupId).resolve(latestPeriod.toString())
                .resolve(FILE_NAME);
    }

    public static Drawn draw(Path output, String groupId, LocalDate latestPeriod) {
        try {
            // The regional report (uk.chatbatch.rollup.report) draws file(output, groupId, latestPeriod) here.
            return new Drawn(Optional.empty(), Optional.of("the regional report is not part of this build yet"));
        } catch (RuntimeException e) {
            RunLog.failure("regional PDF not drawn", e);
            return new Drawn(Optional.empty(), Optional.of("it could not be drawn (" + e.getClass().getSimpleName()
                    + "); the details are in the log"));
        }
    }
}
