package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.StagingArea;
import uk.chatbatch.rollup.arrow.ArrowRollup;

/**
 * Regional benchmarking from shareable indicators (issue 11): reads the group's LAs' shareable indicators from one
 * or more output folders and writes the {@code benchmarking} dataset (Parquet per period, and an Arrow IPC file)
 * and the {@code benchmarking_trend} dataset under the output folder. Plain Java, no Spring: the {@code rollup}
 * command's job calls it, and so can a test or another tool. Outputs are written to staging and published by
 * atomic rename, replacing the group's earlier roll-up.
 */
public final class Rollup {

    /** Folder names under the output root. */
    public static final String BENCHMARKING_DIR = BenchmarkingDataset.NAME;
    public static final String TREND_DIR = BenchmarkingTrendDataset.NAME;

    private static final Pattern SAFE_GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]*");

    /**
     * What was written.
     *
     * @param benchmarking the group's published {@code benchmarking/group=<id>} folder
     * @param arrowFile    the Arrow IPC file inside it (the row-object engine writes none: null)
     * @param trend        the trend dataset's file
     */
    public record Result(RollupSelection selection, long rows, long trendRows, Path benchmarking, Path arrowFile,
                         Path trend) {

        public Group group() {
            return selection.group();
        }
    }

    private Rollup() {
    }

    /** Rolls up these LAs (the group's) over every period found in the folders, with the Arrow engine. */
    public static Result run(List<Path> from, Path out, Group group) throws IOException {
        return run(RollupSelection.of(from, group), out, m -> { });
    }

    /** Rolls up a selection with the Arrow engine. */
    public static Result run(RollupSelection selection, Path out, Consumer<String> progress) throws IOException {
        try (ArrowRollup arrow = new ArrowRollup()) {
            return run(selection, out, arrow, Runtime.getRuntime().availableProcessors(), progress);
        }
    }

    /**
     * Rolls up a selection with the given engine, {@code threads} periods at once.
     *
     * @throws RollupInputException when an input file cannot be used
     */
    public static Result run(RollupSelection selection, Path out, RollupEngine engine, int threads,
                             Consumer<String> progress) throws IOException {
        Group group = selection.group();
        if (!SAFE_GROUP_ID.matcher(group.id()).matches()) {
            throw new IllegalArgumentException("group id '" + group.id() + "' cannot be a folder name");
        }
        String groupFolder = "group=" + group.id();
        Path staging = out.resolve(OutputLayout.STAGING_DIR).resolve("rollup-" + group.id().replace(' ', '_'));
        Directories.deleteRecursively(staging);
        Path groupDir = Files.createDirectories(staging.resolve(BENCHMARKING_DIR).resolve(groupFolder));
        Path trendDir = Files.createDirectories(staging.resolve(TREND_DIR).resolve(groupFolder));
        List<LocalDate> periods = selection.periods();
        List<TrendPoint> trend = new ArrayList<>();
        long rows = 0;
        List<Path> extra;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, periods.size())));
        try {
            List<Future<RollupEngine.PeriodOutput>> outputs = new ArrayList<>();
            for (LocalDate period : periods) {
                Path file = Files.createDirectories(groupDir.resolve("period=" + period))
                        .resolve(OutputLayout.partFileName(0));
                outputs.add(pool.submit(() -> engine.period(group, period, selection.partitionsOf(period), file)));
            }
            engine.begin(group, groupDir, periods.stream().flatMap(p -> selection.partitionsOf(p).stream())
                    .map(p -> p.key().laCode()).distinct().toList());
            for (int i = 0; i < periods.size(); i++) {
                RollupEngine.PeriodOutput output = await(outputs.get(i));
                try (AutoCloseable batch = output.batch()) {
                    engine.inPeriodOrder(output);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
                rows += output.rows();
                trend.addAll(output.trend());
                progress.accept("period ending " + periods.get(i) + ": " + output.rows() + " rows");
            }
            extra = engine.end();
        } finally {
            pool.shutdownNow();
        }
        long trendRows = BenchmarkingTrendDataset.write(trendDir.resolve(OutputLayout.partFileName(0)), group.id(), trend);
        Path published = out.resolve(BENCHMARKING_DIR).resolve(groupFolder);
        Path publishedTrend = out.resolve(TREND_DIR).resolve(groupFolder);
        StagingArea.replacePartition(groupDir, published);
        StagingArea.replacePartition(trendDir, publishedTrend);
        Directories.deleteRecursively(staging);
        Path arrowFile = extra.isEmpty() ? null : published.resolve(groupDir.relativize(extra.get(0)));
        return new Result(selection, rows, trendRows, published, arrowFile,
                publishedTrend.resolve(OutputLayout.partFileName(0)));
    }

    private static RollupEngine.PeriodOutput await(Future<RollupEngine.PeriodOutput> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the roll-up was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }
}
