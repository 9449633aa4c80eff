package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.compact.CompactedLayout;
import uk.chatbatch.compact.Compactor;
import uk.chatbatch.compact.Compactor.PeriodOutcome;
import uk.chatbatch.job.RunLock;
import uk.chatbatch.logging.RunLog;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites an output folder's per-LA datasets into one sorted file per dataset and period across"
                + " every LA, under <output>/compacted/internal and <output>/compacted/shareable (never mixed), for"
                + " readers of a whole region.",
                "The per-LA files stay as they are. Run it again after a run adds or replaces an LA: only the periods"
                        + " whose per-LA files changed are rewritten."})
final class CompactCommand implements Callable<Integer> {

    /** The lock's name in {@code .locks/}: one compaction of a folder at a time (they share its staging). */
    private static final String LOCK_NAME = "compact";

    @Option(names = "--output", defaultValue = "output", paramLabel = "<folder>",
            description = "The output folder of the runs, holding parquet/ and shareable/ (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(output.resolve(CompactedLayout.Classification.INTERNAL.sourceFolder()))
                && !Files.isDirectory(output.resolve(CompactedLayout.Classification.SHAREABLE.sourceFolder()))) {
            System.err.println("Nothing to compact: " + output + " holds neither parquet/ nor shareable/; give --output"
                    + " the folder the runs wrote to.");
            return ExitCodes.BAD_INPUT;
        }
        RunLog.useOutputFolder(output);
        RunCommand.requireWritable(output);
        try (RunLock lock = RunLock.acquire(output, LOCK_NAME, LocalDate.EPOCH)) {
            long start = System.nanoTime();
            Compactor.Result result = new Compactor(output, System.out::println).compactAll();
            summary(result, (System.nanoTime() - start) / 1e9);
            return ExitCodes.OK;
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println("A compaction of " + output + " is already running; wait for it to finish.");
            return ExitCodes.ALREADY_RUNNING;
        }
    }

    private void summary(Compactor.Result result, double seconds) {
        Map<String, List<PeriodOutcome>> byDataset = new LinkedHashMap<>();
        for (PeriodOutcome p : result.periods()) {
            byDataset.computeIfAbsent(p.classification().folder() + " " + p.dataset(), k -> new java.util.ArrayList<>())
                    .add(p);
        }
        byDataset.forEach((dataset, periods) -> {
            long compacted = periods.stream().filter(p -> p.kind() == PeriodOutcome.Kind.COMPACTED).count();
            long unchanged = periods.stream().filter(p -> p.kind() == PeriodOutcome.Kind.UNCHANGED).count();
            long removed = periods.stream().filter(p -> p.kind() == PeriodOutcome.Kind.REMOVED).count();
            long in = periods.stream().mapToLong(PeriodOutcome::rowsIn).sum();
            long out = periods.stream().mapToLong(PeriodOutcome::rowsOut).sum();
            int las = periods.stream().mapToInt(PeriodOutcome::laCount).max().orElse(0);
            System.out.printf("%-40s %3d periods compacted, %3d unchanged%s; up to %d LAs a period; rows in %,d = rows"
                            + " out %,d%n", dataset, compacted, unchanged, removed == 0 ? "" : ", " + removed
                            + " removed (no per-LA files left)", las, in, out);
        });
        System.out.printf("Compacted %d dataset periods (%d unchanged, skipped) in %.1f s; every one has as many rows as"
                        + " its per-LA files.%n", result.count(PeriodOutcome.Kind.COMPACTED),
                result.count(PeriodOutcome.Kind.UNCHANGED), seconds);
        System.out.println("Compacted datasets: " + output.resolve(CompactedLayout.COMPACTED_DIR)
                .resolve("<internal|shareable>").resolve("<dataset>").resolve("period=<yyyy-MM-dd>")
                .resolve(CompactedLayout.PART_FILE));
    }
}
