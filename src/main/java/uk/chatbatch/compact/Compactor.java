package uk.chatbatch.compact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.chatbatch.compact.CompactedLayout.Classification;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

/**
 * Rewrites an output folder's per-LA datasets ({@code <dataset>/la=<LA>/period=<p>/part-*.parquet}) into one sorted
 * file per classification, dataset and period across every LA ({@link CompactedLayout}).
 *
 * <p>Each compacted file records in its footer a fingerprint of the bytes of the per-LA files it was made from; a
 * period whose per-LA files are unchanged is skipped, so compacting again after a run that added an LA rewrites only
 * the periods that LA touched. The same per-LA files always give the same bytes: LAs are read in folder-name order,
 * the sort is stable, and nothing in the footer depends on the time or the machine.
 *
 * <p>Each file is written to staging, read back and its row count checked against the rows read, then its period
 * folder is swapped in by rename ({@link StagingArea#replacePartition}): a process killed at any point leaves every
 * period as it was before (or already replaced), and never touches the per-LA files.
 */
public final class Compactor {

    /** Row groups of at most this many rows: a filter on one indicator reads one or two of them. */
    public static final int ROW_GROUP_ROWS = 16_384;
    /** Pages of at most this many rows, so the page index narrows a read inside a row group. */
    public static final int PAGE_ROWS = 1_024;

    static final String KEY_PREFIX = "chat_batch.compacted.";
    static final String SORTING_COLUMNS = KEY_PREFIX + "sorting_columns";
    static final String SOURCE_FINGERPRINT = KEY_PREFIX + "source_fingerprint";
    static final String SOURCE_FILES = KEY_PREFIX + "source_files";
    static final String ROWS = KEY_PREFIX + "rows";
    static final String LA_CODES = KEY_PREFIX + "la_codes";

    /** What happened to one dataset and period. */
    public record PeriodOutcome(Classification classification, String dataset, LocalDate period, Kind kind,
                                int laCount, long rowsIn, long rowsOut) {
        public enum Kind { COMPACTED, UNCHANGED, REMOVED }
    }

    /** The whole run, period by period in the order done. */
    public record Result(List<PeriodOutcome> periods) {
        public long count(PeriodOutcome.Kind kind) {
            return periods.stream().filter(p -> p.kind() == kind).count();
        }

        public long rowsOut() {
            return periods.stream().filter(p -> p.kind() != PeriodOutcome.Kind.REMOVED)
                    .mapToLong(PeriodOutcome::rowsOut).sum();
        }
    }

    /** A step of the work, for tests that simulate a crash between two steps. */
    interface Checkpoint {
        void reached(String step, Classification classification, String dataset, LocalDate period) throws IOException;
    }

    private final Path output;
    private final Consumer<String> progress;
    private final Checkpoint checkpoint;

    public Compactor(Path output, Consumer<String> progress) {
        this(output, progress, (step, c, d, p) -> { });
    }

    Compactor(Path output, Consumer<String> progress, Checkpoint checkpoint) {
        this.output = output;
        this.progress = progress;
        this.checkpoint = checkpoint;
    }

    /** Compacts every dataset of both classifications found under the output folder. */
    public Result compactAll() throws IOException {
        Path staging = CompactedLayout.staging(output);
        // left by a compaction that was killed: never published, so never read
        Directories.deleteRecursively(staging);
        List<PeriodOutcome> outcomes = new ArrayList<>();
        for (Classification classification : Classification.values()) {
            Path sourceRoot = output.resolve(classification.sourceFolder());
            SortedMap<String, SortedMap<LocalDate, List<Path>>> datasets = perLaPartitions(sourceRoot);
            int done = 0;
            long total = datasets.values().stream().mapToLong(Map::size).sum();
            long lastProgress = System.nanoTime();
            for (var dataset : datasets.entrySet()) {
                for (var period : dataset.getValue().entrySet()) {
                    outcomes.add(compactPeriod(classification, dataset.getKey(), period.getKey(), period.getValue()));
                    done++;
                    if (System.nanoTime() - lastProgress > 5_000_000_000L && done < total) {
                        progress.accept(String.format("%s: %d of %d dataset periods done (%s, period %s)",
                                classification.folder(), done, total, dataset.getKey(), period.getKey()));
                        lastProgress = System.nanoTime();
                    }
                }
            }
            outcomes.addAll(removeOrphans(classification, datasets));
        }
        Directories.deleteRecursively(staging);
        return new Result(outcomes);
    }

    private PeriodOutcome compactPeriod(Classification classification, String dataset, LocalDate period,
                                        List<Path> laPartitions) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path partition : laPartitions) {
            files.addAll(ParquetTableReader.partFiles(partition));
        }
        String where = classification.folder() + " dataset " + dataset + ", period " + period;
        String fingerprint = fingerprint(files, where);
        Path target = CompactedLayout.partition(output, classification, dataset, period);
        Path published = target.resolve(CompactedLayout.PART_FILE);
        if (Files.isRegularFile(published) && fingerprint.equals(publishedFingerprint(published))) {
            long rows = Long.parseLong(ParquetTableReader.footerMetadata(published).getOrDefault(ROWS, "0"));
            return new PeriodOutcome(classification, dataset, period, PeriodOutcome.Kind.UNCHANGED,
                    laPartitions.size(), rows, rows);
        }
        TableSchema schema = null;
        Path schemaFile = null;
        List<Object[]> rows = new ArrayList<>();
        List<Map<String, String>> footers = new ArrayList<>();
        for (Path file : files) {
            TableData data = read(file, where);
            if (schema == null) {
                schema = data.schema();
                schemaFile = file;
            } else if (!schema.equals(data.schema())) {
                throw new CompactInputException("Cannot compact the " + where + ": " + relative(file)
                        + " has other columns than " + relative(schemaFile) + " (written by different versions?);"
                        + " run those LAs again so their files agree, then compact again.");
            }
            rows.addAll(data.rows());
            footers.add(ParquetTableReader.footerMetadata(file));
        }
        if (schema == null) {
            throw new CompactInputException("Cannot compact the " + where + ": its LA folders hold no part-*.parquet"
                    + " file.");
        }
        long rowsIn = rows.size();
        List<String> sortedBy = CompactedLayout.sortingColumns(
                schema.columns().stream().map(c -> c.name()).toList());
        rows.sort(comparator(schema, sortedBy));
        Map<String, String> footer = mergedFooter(footers);
        footer.put(SORTING_COLUMNS, String.join(",", sortedBy));
        footer.put(SOURCE_FINGERPRINT, fingerprint);
        footer.put(SOURCE_FILES, Integer.toString(files.size()));
        footer.put(ROWS, Long.toString(rowsIn));
        footer.put(LA_CODES, laPartitions.stream().map(p -> p.getParent().getFileName().toString().substring(3))
                .collect(Collectors.joining(",")));

        Path staged = Files.createDirectories(CompactedLayout.staging(output).resolve(output.relativize(target)));
        Path stagedFile = staged.resolve(CompactedLayout.PART_FILE);
        try (ParquetTableWriter writer = ParquetTableWriter.create(stagedFile, schema,
                new ParquetTableWriter.PruningLayout(ROW_GROUP_ROWS, PAGE_ROWS, footer))) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        SortingColumns.declare(stagedFile, sortedBy.stream().map(schema::indexOf).toList());
        checkpoint.reached("written", classification, dataset, period);
        long rowsOut = ParquetTableReader.read(stagedFile).rowCount();
        if (rowsOut != rowsIn) {
            throw new IOException("Compacting the " + where + " read " + rowsIn + " rows but wrote " + rowsOut
                    + "; nothing of it was published.");
        }
        StagingArea.replacePartition(staged, target);
        checkpoint.reached("published", classification, dataset, period);
        return new PeriodOutcome(classification, dataset, period, PeriodOutcome.Kind.COMPACTED, laPartitions.size(),
                rowsIn, rowsOut);
    }

    /** Compacted periods whose every per-LA folder has gone (moved aside or deleted): removed, so no row outlives its source. */
    private List<PeriodOutcome> removeOrphans(Classification classification,
                                              SortedMap<String, SortedMap<LocalDate, List<Path>>> datasets)
            throws IOException {
        Path root = output.resolve(CompactedLayout.COMPACTED_DIR).resolve(classification.folder());
        List<PeriodOutcome> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        for (Path datasetDir : list(root)) {
            String dataset = datasetDir.getFileName().toString();
            for (Path periodDir : list(datasetDir)) {
                Optional<LocalDate> period = folderValue(periodDir, "period=");
                if (period.isEmpty() || datasets.getOrDefault(dataset, new TreeMap<>()).containsKey(period.get())) {
                    continue;
                }
                Directories.deleteRecursively(periodDir);
                removed.add(new PeriodOutcome(classification, dataset, period.get(), PeriodOutcome.Kind.REMOVED, 0,
                        0, 0));
            }
        }
        return removed;
    }

    /** dataset -> period -> its {@code la=} partition folders, all in name order. */
    private static SortedMap<String, SortedMap<LocalDate, List<Path>>> perLaPartitions(Path sourceRoot)
            throws IOException {
        SortedMap<String, SortedMap<LocalDate, List<Path>>> datasets = new TreeMap<>();
        if (!Files.isDirectory(sourceRoot)) {
            return datasets;
        }
        for (Path datasetDir : list(sourceRoot)) {
            if (datasetDir.getFileName().toString().equals(uk.chatbatch.opendata.EesExport.DATASET)) {
                continue;  // the DfE export's CSV files, kept beside the shareable datasets: not Parquet
            }
            for (Path laDir : list(datasetDir)) {
                if (!laDir.getFileName().toString().startsWith("la=")) {
                    continue;
                }
                for (Path periodDir : list(laDir)) {
                    Optional<LocalDate> period = folderValue(periodDir, "period=");
                    if (period.isPresent()) {
                        datasets.computeIfAbsent(datasetDir.getFileName().toString(), k -> new TreeMap<>())
                                .computeIfAbsent(period.get(), k -> new ArrayList<>()).add(periodDir);
                    }
                }
            }
        }
        return datasets;
    }

    /** Sub-folders in name order, hidden ones (a replaced partition set aside, staging) left out. */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static Optional<LocalDate> folderValue(Path dir, String prefix) {
        String name = dir.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring(prefix.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private TableData read(Path file, String where) {
        try {
            return ParquetTableReader.read(file);
        } catch (IOException | RuntimeException e) {
            throw new CompactInputException("Cannot compact the " + where + ": " + relative(file)
                    + " cannot be read as Parquet; run that LA and period again or move the file away, then compact"
                    + " again.");
        }
    }

    private String relative(Path file) {
        return output.relativize(file).toString();
    }

    /**
     * SHA-256 over each file's path (relative to the output) and bytes: the same per-LA files give the same
     * fingerprint on any machine, and any rerun that changes a file, adds an LA or removes one changes it.
     */
    private String fingerprint(List<Path> files, String where) throws IOException {
        MessageDigest all = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            all.update(relative(file).replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), all)) {
                while (in.read(buffer) >= 0) {
                    // the digest reads as the stream is read
                }
            } catch (IOException e) {
                throw new CompactInputException("Cannot compact the " + where + ": " + relative(file)
                        + " cannot be read (" + e.getClass().getSimpleName() + ").");
            }
            all.update((byte) 0);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static String publishedFingerprint(Path file) {
        try {
            return ParquetTableReader.footerMetadata(file).get(SOURCE_FINGERPRINT);
        } catch (IOException | RuntimeException damaged) {
            return null; // a damaged compacted file is simply written again
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    /**
     * The per-LA files' footers as one: a key every file gives the same value keeps it; a key whose values differ
     * (the run identifier, the LA, the time produced) becomes a JSON list of its distinct values in order, so no
     * file's value is lost. The compactor's own keys are set afterwards.
     */
    static Map<String, String> mergedFooter(List<Map<String, String>> footers) {
        SortedMap<String, TreeSet<String>> values = new TreeMap<>();
        for (Map<String, String> footer : footers) {
            footer.forEach((key, value) -> values.computeIfAbsent(key, k -> new TreeSet<>()).add(value));
        }
        Map<String, String> merged = new TreeMap<>();
        values.forEach((key, distinct) -> {
            boolean everyFileAgrees = distinct.size() == 1
                    && footers.stream().allMatch(f -> f.containsKey(key));
            if (!key.startsWith(KEY_PREFIX) && !key.equals("writer.model.name")) {
                merged.put(key, everyFileAgrees ? distinct.first() : jsonList(distinct));
            }
        });
        return merged;
    }

    private static String jsonList(TreeSet<String> values) {
        return values.stream().map(Compactor::jsonString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** By the sorting columns, nulls first; a stable sort keeps each LA's own row order within them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Object[]> comparator(TableSchema schema, List<String> columns) {
        Comparator<Object[]> order = (a, b) -> 0;
        for (String column : columns) {
            int i = schema.indexOf(column);
            order = order.thenComparing(row -> (Comparable) row[i], Comparator.nullsFirst(Comparator.naturalOrder()));
        }
        return order;
    }
}
