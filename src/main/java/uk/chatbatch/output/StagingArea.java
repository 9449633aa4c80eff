package uk.chatbatch.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.chatbatch.model.LaPeriod;

/**
 * A private folder where one step writes its outputs for one LA and period before they become
 * visible, so that an interrupted step leaves nothing half-written in the published outputs and
 * running a completed LA and period again replaces rather than adds rows.
 *
 * <p>Inside the staging folder the published layout is mirrored ({@code parquet/<dataset>/la=/period=},
 * {@code reports/<code>/<date>/...}). Nothing outside the staging folder is touched until
 * {@link #publish()}, which moves each staged dataset partition into place by atomic rename and
 * each staged file by atomic replace.
 *
 * <p>Call {@link #reset()} when a step starts, including on restart: parquet holds a whole row
 * group in memory, so a killed writer leaves an empty part file, and the only safe restart is
 * from scratch.
 */
public final class StagingArea {

    private final OutputLayout published;
    private final LaPeriod key;
    private final Path root;
    private final OutputLayout staged;

    public StagingArea(OutputLayout published, LaPeriod key, String step) {
        this.published = Objects.requireNonNull(published, "published");
        this.key = key;
        this.root = published.stagingRoot(key, step);
        this.staged = new OutputLayout(root);
    }

    /** The staging folder itself; does not create it. */
    public Path root() {
        return root;
    }

    /** Deletes whatever an earlier attempt left in this staging folder and starts it empty. */
    public void reset() throws IOException {
        Directories.deleteRecursively(root);
        Files.createDirectories(root);
    }

    /** The staged partition directory for a dataset, created if needed; write part files into it. */
    public Path datasetPartition(String dataset) throws IOException {
        return Files.createDirectories(staged.datasetPartition(dataset, key));
    }

    /** The staged partition directory for a shareable dataset ({@code shareable/<dataset>/la=/period=}), created if needed. */
    public Path shareablePartition(String dataset) throws IOException {
        return Files.createDirectories(staged.shareablePartition(dataset, key));
    }

    /** The staged path of this LA and period's report file, its folder created if needed. */
    public Path reportFile(String name) throws IOException {
        return withParent(staged.reportFile(key, name));
    }

    /**
     * The staged path of any other file, given relative to the output root, its folder created
     * if needed. Datasets are not written this way: they are published as whole partitions.
     */
    public Path file(String relative) throws IOException {
        Path path = root.getFileSystem().getPath(relative);
        if (path.isAbsolute() || !path.normalize().equals(path) || path.toString().isEmpty()
                || path.startsWith("..") || path.startsWith(OutputLayout.PARQUET_DIR)
                || path.startsWith(OutputLayout.SHAREABLE_DIR)
                || path.startsWith(OutputLayout.STAGING_DIR)) {
            throw new IllegalArgumentException("'" + relative + "' is not a plain relative path outside "
                    + OutputLayout.PARQUET_DIR + "/ and " + OutputLayout.STAGING_DIR
                    + "/; use datasetPartition(...) for datasets");
        }
        return withParent(root.resolve(path));
    }

    /**
     * Makes everything staged visible, replacing what was published before for this LA and period,
     * then deletes the staging folder.
     *
     * <p>Per dataset partition: any published partition is renamed aside to a hidden sibling, the
     * staged one is renamed into place, then the old one is deleted. A reader therefore sees the
     * old partition, briefly no partition, or the new one; never a mix and never duplicates.
     * Per file: an atomic rename over the published file. Each partition and file is replaced on
     * its own, not all together; if the process dies during publish, the step's restart resets
     * staging and publishes everything again, so every item ends up replaced once.
     *
     * @return the published partitions and files, sorted; empty if nothing was staged
     */
    public List<Path> publish() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> stagedPartitions = stagedPartitions();
        List<Path> stagedFiles = stagedFilesOutside(stagedPartitions);
        List<Path> result = new ArrayList<>();
        for (Path partition : stagedPartitions) {
            Path target = published.outputRoot().resolve(root.relativize(partition));
            replacePartition(partition, target);
            result.add(target);
        }
        for (Path file : stagedFiles) {
            Path target = published.outputRoot().resolve(root.relativize(file));
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            result.add(target);
        }
        Directories.deleteRecursively(root);
        return result.stream().sorted().toList();
    }

    private List<Path> stagedPartitions() throws IOException {
        List<Path> partitions = new ArrayList<>();
        for (String dir : List.of(OutputLayout.PARQUET_DIR, OutputLayout.SHAREABLE_DIR)) {
            Path datasetsDir = root.resolve(dir);
            if (!Files.isDirectory(datasetsDir)) {
                continue;
            }
            try (Stream<Path> datasets = Files.list(datasetsDir)) {
                datasets.filter(Files::isDirectory)
                        .map(dataset -> datasetsDir.resolve(dataset.getFileName())
                                .resolve(key.laPartition()).resolve(key.periodPartition()))
                        .filter(Files::isDirectory)
                        .forEach(partitions::add);
            }
        }
        return partitions.stream().sorted().toList();
    }

    /** Every staged regular file not inside a staged partition (those move with their partition). */
    private List<Path> stagedFilesOutside(List<Path> partitions) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> partitions.stream().noneMatch(p::startsWith))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Moves a staged folder into place by atomic rename, replacing a published one: a reader sees the old folder,
     * briefly none, or the new one, never a mix.
     */
    public static void replacePartition(Path staged, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path aside = target.resolveSibling("." + target.getFileName() + ".replaced");
        // left behind if an earlier publish died between its two renames
        Directories.deleteRecursively(aside);
        boolean hadPublished = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadPublished) {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        if (hadPublished) {
            Directories.deleteRecursively(aside);
        }
    }

    private static Path withParent(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return path;
    }
}
