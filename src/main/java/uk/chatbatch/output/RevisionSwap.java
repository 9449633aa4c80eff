package uk.chatbatch.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.chatbatch.model.LaPeriod;

/**
 * The last step of a replacement ({@code run --replace}): moves every published output of one LA and period
 * (each dataset partition under {@code parquet/} and {@code shareable/}, and the reports folder) aside to
 * {@code revisions/<LA>/<period>/<yyyyMMdd-HHmmss>-r<replaced revision>/}, in the same layout, and moves the
 * replacement's outputs, complete in their own hidden folder, into their place.
 *
 * <p>Each item is swapped by two renames on one file system (old aside, then new in), so a reader sees an item's
 * old folder, briefly none, or its new one, never a mix inside one item; items are swapped one after another.
 * Before the first rename a journal in the replacement's folder records the kept folder and the items the
 * replacement brings; a swap that dies part-way is finished by {@link #swap} on the next run from the journal:
 * an item still waiting in the replacement's folder has its published one (if still there) moved aside first; an
 * item of the old revision the replacement does not bring is moved aside; an item already swapped in is left. The
 * old outputs are never deleted, only moved.
 */
public final class RevisionSwap {

    /** In the replacement's folder: line 1 the kept folder (relative to the output root), then the items it brings. */
    static final String JOURNAL = "swap-journal.txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern KEPT_NAME = Pattern.compile("\\d{8}-\\d{6}-r(\\d{1,9})");

    /** One rename; a test's way in for a failure between two renames. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Mover ATOMIC_RENAME = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    /**
     * What a swap did.
     *
     * @param kept      the folder now holding the replaced outputs (empty of items when nothing was published)
     * @param published the replacement's items now in place, absolute, sorted
     * @param moved     the replaced items moved aside by this call (fewer than all when it finished an earlier swap)
     */
    public record Result(Path kept, List<Path> published, List<Path> moved) {
    }

    private final OutputLayout layout;
    private final LaPeriod key;
    private final int revision;
    private final Mover mover;

    public RevisionSwap(OutputLayout layout, LaPeriod key, int revision) {
        this(layout, key, revision, ATOMIC_RENAME);
    }

    RevisionSwap(OutputLayout layout, LaPeriod key, int revision, Mover mover) {
        if (revision < 2) {
            throw new IllegalArgumentException("only a replacement (revision 2 or more) is swapped in: " + revision);
        }
        this.layout = layout;
        this.key = key;
        this.revision = revision;
        this.mover = mover;
    }

    /** The replacement's own output root, where its steps wrote. */
    public Path pending() {
        return layout.pendingRevisionRoot(key, revision);
    }

    /**
     * Swaps the replacement in, or finishes a swap an earlier run began.
     *
     * @param now when the swap began, naming the kept folder (a resumed swap keeps the first one's name)
     * @return what was done; empty when there is nothing pending (the swap had already finished)
     */
    public Optional<Result> swap(LocalDateTime now) throws IOException {
        Path pending = pending();
        Path done = pending.resolveSibling(pending.getFileName() + ".done");
        // left by a run that died while deleting a finished swap's empty folders
        Directories.deleteRecursively(done);
        if (!Files.isDirectory(pending)) {
            return Optional.empty();
        }
        Path root = layout.outputRoot();
        Journal journal = Journal.readOrWrite(pending, () -> new Journal(
                root.relativize(layout.revisionsFolder(key)
                        .resolve(STAMP.format(now) + "-r" + (revision - 1))).toString(),
                new TreeSet<>(items(pending))));
        Path kept = root.resolve(journal.kept());
        Set<String> all = new TreeSet<>(journal.incoming());
        all.addAll(items(root));
        List<Path> published = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        for (String item : all) {
            Path current = root.resolve(item);
            Path incoming = pending.resolve(item);
            boolean waiting = Files.exists(incoming, LinkOption.NOFOLLOW_LINKS);
            boolean alreadyNew = journal.incoming().contains(item) && !waiting;
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !alreadyNew) {
                Path aside = kept.resolve(item);
                if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("Cannot keep the replaced " + current + ": " + aside
                            + " already exists; move one of them away and run the same command again.");
                }
                Files.createDirectories(aside.getParent());
                mover.move(current, aside);
                moved.add(aside);
            }
            if (waiting) {
                Files.createDirectories(current.getParent());
                mover.move(incoming, current);
            }
            if (journal.incoming().contains(item)) {
                published.add(current);
            }
        }
        Files.createDirectories(kept);
        Files.createDirectories(pending.getParent());
        // Left for good: a restart that re-runs an earlier step must know its outputs are already swapped in.
        if (!Files.exists(swapped(pending))) {
            Files.createFile(swapped(pending));
        }
        // One rename marks the swap finished; only then are the replacement's empty folders deleted.
        Files.move(pending, done, StandardCopyOption.ATOMIC_MOVE);
        Directories.deleteRecursively(done);
        return Optional.of(new Result(kept, published.stream().sorted().toList(), moved));
    }

    /**
     * Whether this replacement's swap has begun (or finished): its earlier steps' outputs are then final. The job
     * repository can lag the files after a kill (H2 writes its commits a moment later), so a restart may run an
     * earlier step again; that step must then leave the outputs as they are.
     */
    public static boolean hasBegun(OutputLayout layout, LaPeriod key, int revision) {
        Path pending = layout.pendingRevisionRoot(key, revision);
        return Files.exists(pending.resolve(JOURNAL)) || Files.exists(swapped(pending));
    }

    private static Path swapped(Path pending) {
        return pending.resolveSibling(pending.getFileName() + ".swapped");
    }

    /**
     * Deletes a replacement's folder left by a run that is being started again from scratch, unless its swap had begun
     * (a journal is there): then it is left for the swap to finish, since revision 1 may already be partly moved aside.
     */
    public static void discardUnstartedPending(OutputLayout layout, LaPeriod key, int revision)
            throws IOException {
        Path pending = layout.pendingRevisionRoot(key, revision);
        if (Files.isDirectory(pending) && !Files.exists(pending.resolve(JOURNAL))) {
            Directories.deleteRecursively(pending);
        }
    }

    /** Whether any dataset partition or the reports folder of this LA and period is published. */
    public static boolean isPublished(OutputLayout layout, LaPeriod key) throws IOException {
        return !new RevisionSwap(layout, key, 2).items(layout.outputRoot()).isEmpty();
    }

    /** The highest revision kept under {@code revisions/<LA>/<period>/} (0 when none is): the next one published is past it. */
    public static int highestKept(OutputLayout layout, LaPeriod key) throws IOException {
        return kept(layout, key).stream().mapToInt(RevisionSwap::keptRevision).max().orElse(0);
    }

    /** The folder keeping the given revision of this LA and period, if it is kept (the latest, if kept twice). */
    public static Optional<Path> keptFolder(OutputLayout layout, LaPeriod key, int revision)
            throws IOException {
        return kept(layout, key).stream().filter(p -> keptRevision(p) == revision)
                .reduce((first, second) -> second);
    }

    private static List<Path> kept(OutputLayout layout, LaPeriod key) throws IOException {
        Path folder = layout.revisionsFolder(key);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).filter(p -> KEPT_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static int keptRevision(Path folder) {
        Matcher m = KEPT_NAME.matcher(folder.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * This LA and period's items under an output root, relative to it: each dataset partition in {@code parquet/}
     * and {@code shareable/}, and the reports folder.
     */
    private List<String> items(Path root) throws IOException {
        List<String> items = new ArrayList<>();
        OutputLayout under = new OutputLayout(root);
        for (String dir : List.of(OutputLayout.PARQUET_DIR, OutputLayout.SHAREABLE_DIR)) {
            Path datasets = root.resolve(dir);
            if (!Files.isDirectory(datasets)) {
                continue;
            }
            try (Stream<Path> list = Files.list(datasets)) {
                for (Path dataset : list.filter(Files::isDirectory).sorted().toList()) {
                    String name = dataset.getFileName().toString();
                    if (!ColumnDef.SNAKE_CASE.matcher(name).matches()) {
                        continue;
                    }
                    Path partition = dir.equals(OutputLayout.PARQUET_DIR)
                            ? under.datasetPartition(name, key)
                            : under.shareablePartition(name, key);
                    if (Files.isDirectory(partition)) {
                        items.add(root.relativize(partition).toString());
                    }
                }
            }
        }
        Path reports = under.reportsFolder(key);
        if (Files.isDirectory(reports)) {
            items.add(root.relativize(reports).toString());
        }
        return items;
    }

    /** The swap's plan, written once before the first rename and read back by a resumed swap. */
    private record Journal(String kept, Set<String> incoming) {

        interface Plan {
            Journal make() throws IOException;
        }

        static Journal readOrWrite(Path pending, Plan plan) throws IOException {
            Path file = pending.resolve(JOURNAL);
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return new Journal(lines.get(0), new TreeSet<>(lines.subList(1, lines.size())));
            }
            Journal journal = plan.make();
            List<String> lines = new ArrayList<>();
            lines.add(journal.kept());
            lines.addAll(journal.incoming());
            Path temporary = pending.resolve(JOURNAL + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return journal;
        }
    }
}
