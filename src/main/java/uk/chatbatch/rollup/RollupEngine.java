package uk.chatbatch.rollup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How one period of a group is rolled up and written: over row objects ({@link RowRollup}) or Arrow vectors
 * ({@link uk.chatbatch.rollup.arrow.ArrowRollup}). Periods run in parallel; {@link #inPeriodOrder} then sees each
 * period's output oldest first, for an output that spans periods.
 */
public interface RollupEngine extends AutoCloseable {

    /**
     * One period's output: its row count and trend points, and what {@link #inPeriodOrder} needs of it.
     *
     * @param batch the engine's own form of the rows for {@link #inPeriodOrder}, or null
     */
    record PeriodOutput(long rows, List<TrendPoint> trend, AutoCloseable batch) {
    }

    /** A name for the benchmark's lines and the run summary. */
    String name();

    /** Rolls up one period of the group and writes its benchmarking Parquet file. */
    PeriodOutput period(Group group, LocalDate period, List<IndicatorPartition> partitions, Path parquetFile)
            throws IOException;

    /**
     * Called before the first {@link #inPeriodOrder}, with the staged {@code group=} folder and the DfE codes of the
     * LAs in any of the periods.
     */
    default void begin(Group group, Path groupDir, Collection<String> laCodes) throws IOException {
    }

    default void inPeriodOrder(PeriodOutput output) throws IOException {
    }

    /** Called after the last period; returns the extra files written (the Arrow IPC file), if any. */
    default List<Path> end() throws IOException {
        return List.of();
    }

    @Override
    default void close() {
    }
}
