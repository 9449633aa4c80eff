package uk.chatbatch.compact;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.chatbatch.output.OutputLayout;

/**
 * Where the compacted lake lives: {@code <output>/compacted/<classification>/<dataset>/period=<p>/part-00000.parquet},
 * a tree of its own beside the per-LA datasets, so a reader pointed at one tree never meets the same rows twice, the
 * runs, {@code rollup} and {@code children} keep reading the per-LA files they wrote, and internal and shareable
 * datasets stay in separate folders that can be handed out (or not) as wholes.
 */
public final class CompactedLayout {

    public static final String COMPACTED_DIR = "compacted";
    public static final String PART_FILE = OutputLayout.partFileName(0);

    /** Internal datasets ({@code parquet/}) and shareable ones ({@code shareable/}): never mixed in one file or folder. */
    public enum Classification {
        INTERNAL("internal", OutputLayout.PARQUET_DIR),
        SHAREABLE("shareable", OutputLayout.SHAREABLE_DIR);

        private final String folder;
        private final String sourceFolder;

        Classification(String folder, String sourceFolder) {
            this.folder = folder;
            this.sourceFolder = sourceFolder;
        }

        /** The folder name under {@code compacted/}, and the word the footer and the messages use. */
        public String folder() {
            return folder;
        }

        /** The per-LA tree it is compacted from, under the output root. */
        public String sourceFolder() {
            return sourceFolder;
        }
    }

    private CompactedLayout() {
    }

    /** {@code <output>/compacted/<classification>/<dataset>/period=<p>} */
    public static Path partition(Path output, Classification classification, String dataset, LocalDate period) {
        return output.resolve(COMPACTED_DIR).resolve(classification.folder()).resolve(dataset)
                .resolve("period=" + period);
    }

    /** The staging folder: hidden, on the same file system, so publishing is a rename. */
    static Path staging(Path output) {
        return output.resolve(OutputLayout.STAGING_DIR).resolve("compact");
    }

    /**
     * The columns a compacted file is sorted by: indicators by indicator then LA, so a filter on one indicator reads
     * one run of row groups and pages; everything else by LA. Within these, rows keep their per-LA order.
     */
    static List<String> sortingColumns(List<String> columns) {
        return Stream.of("indicator_id", "la_code").filter(columns::contains).toList();
    }
}
