package uk.chatbatch.compact;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.output.Directories;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * Times a regional analyst's aggregates over N LAs x P periods of synthetic shareable indicators, on the per-LA lake
 * (one file per LA and period) and on the same rows compacted (one sorted file per period), alternately in one JVM
 * with the same reader ({@link IndicatorQuery}) and the same queries, and prints the medians and their ratio.
 */
public final class CompactBenchmark {

    private final int las;
    private final int periods;
    private final long seed;
    private final int repeat;

    public CompactBenchmark(int las, int periods, long seed, int repeat) {
        this.las = las;
        this.periods = periods;
        this.seed = seed;
        this.repeat = repeat;
    }

    public void run(PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("chat-batch-compact-benchmark");
        try {
            out.printf("machine    %s, load average %.1f at the start%n", uk.chatbatch.logging.Machine.describe(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long t0 = System.nanoTime();
            SyntheticRegion.Written written = new SyntheticRegion().write(dir, new SyntheticRegion.Options(las, periods,
                    seed, LocalDate.of(2026, 9, 30)), Runtime.getRuntime().availableProcessors());
            out.printf("generate   %6.2f s: %d LAs x %d periods, %,d shareable indicator rows%n", secondsSince(t0), las,
                    periods, written.rows());
            long c0 = System.nanoTime();
            double cpu0 = cpuSeconds();
            Compactor.Result compacted = new Compactor(dir, out::println).compactAll();
            out.printf("compact    %6.2f s (%.2f s CPU): %d periods, %,d rows in = %,d rows out%n", secondsSince(c0),
                    cpuSeconds() - cpu0, compacted.count(Compactor.PeriodOutcome.Kind.COMPACTED),
                    compacted.periods().stream().mapToLong(Compactor.PeriodOutcome::rowsIn).sum(), compacted.rowsOut());
            List<Path> perLa = IndicatorQuery.files(dir.resolve("shareable").resolve(ShareableIndicatorsDataset.NAME));
            List<Path> sorted = IndicatorQuery.files(CompactedLayout.partition(dir,
                    CompactedLayout.Classification.SHAREABLE, ShareableIndicatorsDataset.NAME, LocalDate.EPOCH)
                    .getParent());
            out.printf("layouts    per LA: %,d files, %,.1f MB; compacted: %,d files, %,.1f MB%n", perLa.size(),
                    megabytes(perLa), sorted.size(), megabytes(sorted));
            String indicator = IndicatorCatalogue.discover().definitions().get(0).id();
            List<Double> countBefore = new ArrayList<>();
            List<Double> countAfter = new ArrayList<>();
            List<Double> meanBefore = new ArrayList<>();
            List<Double> meanAfter = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                long a = System.nanoTime();
                long rowsBefore = IndicatorQuery.count(perLa);
                countBefore.add(secondsSince(a));
                long b = System.nanoTime();
                long rowsAfter = IndicatorQuery.count(sorted);
                countAfter.add(secondsSince(b));
                long c = System.nanoTime();
                IndicatorQuery.MeanByPeriod before = IndicatorQuery.meanByPeriod(perLa, indicator);
                meanBefore.add(secondsSince(c));
                long d = System.nanoTime();
                IndicatorQuery.MeanByPeriod after = IndicatorQuery.meanByPeriod(sorted, indicator);
                meanAfter.add(secondsSince(d));
                boolean same = rowsBefore == rowsAfter && before.rowsUsed() == after.rowsUsed()
                        && sameMeans(before, after);
                out.printf("run %d      count(*) per LA %.3f s, compacted %.3f s (%,d rows); mean of %s by period per"
                                + " LA %.3f s, compacted %.3f s (%,d rows used); %s%n", i, countBefore.get(i - 1),
                        countAfter.get(i - 1), rowsAfter, indicator, meanBefore.get(i - 1), meanAfter.get(i - 1),
                        after.rowsUsed(), same ? "same answers" : "DIFFERENT ANSWERS");
            }
            out.printf("medians    count(*): per LA %.3f s, compacted %.3f s, %.1f times faster; mean of one indicator"
                            + " by period: per LA %.3f s, compacted %.3f s, %.1f times faster; over %d runs; load"
                            + " average %.1f at the end%n", median(countBefore), median(countAfter),
                    median(countBefore) / median(countAfter), median(meanBefore), median(meanAfter),
                    median(meanBefore) / median(meanAfter), repeat,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private static boolean sameMeans(IndicatorQuery.MeanByPeriod a, IndicatorQuery.MeanByPeriod b) {
        if (!a.means().keySet().equals(b.means().keySet())) {
            return false;
        }
        // the sums run in another row order, so the last bits may differ
        return a.means().keySet().stream().allMatch(p -> Math.abs(a.means().get(p) - b.means().get(p))
                <= 1e-9 * Math.max(1, Math.abs(a.means().get(p))));
    }

    private static double megabytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return bytes / 1e6;
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
