package uk.chatbatch.rollup;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.chatbatch.output.Directories;
import uk.chatbatch.rollup.arrow.ArrowRollup;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

/**
 * Times the roll-up of a synthetic region (N LAs × P periods of shareable indicators, issue 11's 153 × 12) over
 * Arrow vectors and over row objects, alternately in one JVM, with the CPU time and the peak heap of each run, and
 * prints the medians side by side. Each run writes everything the command writes but the PDF.
 */
public final class RollupBenchmark {

    private final int las;
    private final int periods;
    private final long seed;
    private final int repeat;

    /** One timed run. */
    record Run(double wall, double cpu, long peakHeapMb, long rows) {
    }

    public RollupBenchmark(int las, int periods, long seed, int repeat) {
        this.las = las;
        this.periods = periods;
        this.seed = seed;
        this.repeat = repeat;
    }

    public void run(PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("chat-batch-rollup-benchmark");
        try {
            Path region = dir.resolve("region");
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            SyntheticRegion.Written written = new SyntheticRegion().write(region, new SyntheticRegion.Options(las,
                    periods, seed, LocalDate.of(2026, 9, 30)), Runtime.getRuntime().availableProcessors());
            out.printf("generate   %6.2f s (%.2f s CPU): %d LAs x %d periods, %,d shareable indicator rows%n",
                    (System.nanoTime() - t0) / 1e9, cpuSeconds() - c0, las, periods, written.rows());
            RollupSelection selection = RollupSelection.choose(List.of(region), Optional.empty(), List.of(),
                    Optional.empty());
            List<Run> arrow = new ArrayList<>();
            List<Run> rows = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                arrow.add(time(selection, dir.resolve("arrow"), ArrowRollup::new, out, i));
                rows.add(time(selection, dir.resolve("rows"), RowRollup::new, out, i));
            }
            out.printf("medians    Arrow vectors: %.2f s (%.2f s CPU), peak heap %d MB; row objects: %.2f s (%.2f s"
                            + " CPU), peak heap %d MB; over %d runs each, heap limit %d MB%n",
                    median(arrow, Run::wall), median(arrow, Run::cpu), (long) median(arrow, r -> r.peakHeapMb()),
                    median(rows, Run::wall), median(rows, Run::cpu), (long) median(rows, r -> r.peakHeapMb()), repeat,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private Run time(RollupSelection selection, Path out, Supplier<RollupEngine> engines, PrintStream print, int i)
            throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        double c0 = cpuSeconds();
        Rollup.Result result;
        String name;
        try (RollupEngine engine = engines.get()) {
            name = engine.name();
            result = Rollup.run(selection, out, engine, Runtime.getRuntime().availableProcessors(), m -> { });
        }
        Run run = new Run((System.nanoTime() - t0) / 1e9, cpuSeconds() - c0,
                heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024), result.rows());
        print.printf("run %d      %-13s %6.2f s (%.2f s CPU), peak heap %,d MB: %,d benchmarking rows, %,d trend rows%n",
                i, name, run.wall(), run.cpu(), run.peakHeapMb(), result.rows(), result.trendRows());
        return run;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
