package uk.chatbatch.rollup.arrow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.rollup.BenchmarkingDataset;
import uk.chatbatch.rollup.CellRollup;
import uk.chatbatch.rollup.Group;
import uk.chatbatch.rollup.IndicatorPartition;
import uk.chatbatch.rollup.RollupEngine;
import uk.chatbatch.rollup.TrendPoint;

/**
 * The roll-up over Arrow vectors: a period's rows are read into {@link ShareableVectors} (dictionary-encoded
 * columns), put in output order by sorting one primitive key per row (indicator, breakdown, breakdown value and LA
 * codes, ranked as their strings sort, with the row number in the low digits), and each run of equal cells is rolled
 * up by {@link CellRollup}. Each period's rows go to its Parquet file and to an Arrow record batch; the batches
 * become {@code benchmarking.arrow}, one Arrow IPC file for zero-copy readers (pyarrow, R arrow, Polars, DuckDB).
 */
public final class ArrowRollup implements RollupEngine {

    static {
        // Arrow checks every index and reference count on each get and set unless told not to; the roll-up reads
        // only rows it allocated. Set before Arrow's memory classes load; a value given on the command line wins.
        if (System.getProperty("arrow.enable_unsafe_memory_access") == null) {
            System.setProperty("arrow.enable_unsafe_memory_access", "true");
        }
    }

    /** A period's output rows, held until the IPC file takes them in period order. */
    private record BatchHandle(VectorSchemaRoot root, BufferAllocator memory) implements AutoCloseable {
        @Override
        public void close() {
            root.close();
            memory.close();
        }
    }

    private final BufferAllocator allocator = new RootAllocator();
    private VectorSchemaRoot ipcRoot;
    private FileChannel ipcChannel;
    private ArrowFileWriter ipcWriter;
    private Path ipcFile;

    @Override
    public String name() {
        return "Arrow vectors";
    }

    @Override
    public PeriodOutput period(Group group, LocalDate period, List<IndicatorPartition> partitions, Path parquetFile)
            throws IOException {
        BufferAllocator periodMemory = allocator.newChildAllocator("period " + period, 0, Long.MAX_VALUE);
        VectorSchemaRoot out = ArrowTables.create(BenchmarkingDataset.SCHEMA, periodMemory);
        try (ShareableVectors in = ShareableVectors.read(partitions, periodMemory);
             ParquetTableWriter parquet = ParquetTableWriter.create(parquetFile, BenchmarkingDataset.SCHEMA,
                     BenchmarkingDataset.footer(group, period, partitions))) {
            List<TrendPoint> trend = new ArrayList<>(in.rowCount);
            // one key per LA of the period, shared by its points (its rows were checked against their folder's)
            Map<String, LaPeriod> keys = new HashMap<>();
            ArrowTables.Appender appender = new ArrowTables.Appender(out);
            int[] order = outputOrder(in);
            int computed = in.status.codeOf(IndicatorStatus.COMPUTED.column());
            int start = 0;
            while (start < order.length) {
                int end = start + 1;
                while (end < order.length && sameCell(in, order[start], order[end])) {
                    end++;
                }
                int n = end - start;
                String[] versions = new String[n];
                String[] settings = new String[n];
                String[] polarities = new String[n];
                boolean[] usable = new boolean[n];
                double[] values = new double[n];
                for (int k = 0; k < n; k++) {
                    int i = order[start + k];
                    versions[k] = in.catalogueVersion.get(i);
                    settings[k] = in.settings.get(i);
                    polarities[k] = in.polarity.get(i);
                    usable[k] = in.usable(i, computed);
                    values[k] = usable[k] ? in.value.get(i) : 0;
                }
                CellRollup.Outcome cell = CellRollup.evaluate(versions, settings, usable, values, polarities);
                for (int k = 0; k < n; k++) {
                    int i = order[start + k];
                    Double value = in.value.isNull(i) ? null : in.value.get(i);
                    Boolean suppressed = in.suppressed.isNull(i) ? null : in.suppressed.get(i) == 1;
                    Object[] row = BenchmarkingDataset.row(group.id(), period, in.indicatorId.get(i),
                            in.indicatorTitle.get(i), in.breakdown.get(i), in.breakdownValue.get(i), in.laCode.get(i),
                            value, suppressed, in.suppressionReason.get(i), cell, k,
                            in.englandValue.isNull(i) ? null : in.englandValue.get(i), in.englandYear.get(i),
                            in.unit.get(i), in.polarity.get(i), in.settings.get(i), in.catalogueVersion.get(i));
                    parquet.write(row);
                    appender.append(row);
                    trend.add(new TrendPoint(keys.computeIfAbsent(in.laCode.get(i), la -> new LaPeriod(la, period)),
                            in.indicatorId.get(i), in.breakdown.get(i), in.breakdownValue.get(i), value, suppressed,
                            cell.median()));
                }
                start = end;
            }
            appender.finish(out);
            return new PeriodOutput(order.length, trend, new BatchHandle(out, periodMemory));
        } catch (IOException | RuntimeException e) {
            out.close();
            periodMemory.close();
            throw e;
        }
    }

    /**
     * Row numbers in output order (indicator, breakdown, breakdown value, LA): one long per row, the four codes
     * ranked as their strings sort and combined in mixed radix, times the row count plus the row number, sorted as
     * primitives.
     */
    static int[] outputOrder(ShareableVectors in) {
        int[] indicator = in.indicatorId.sortedRanks();
        int[] breakdown = in.breakdown.sortedRanks();
        int[] breakdownValue = in.breakdownValue.sortedRanks();
        int[] la = in.laCode.sortedRanks();
        long rows = Math.max(1, in.rowCount);
        long[] keys = new long[in.rowCount];
        try {
            for (int i = 0; i < in.rowCount; i++) {
                long key = indicator[in.indicatorId.codes.get(i)];
                key = Math.addExact(Math.multiplyExact(key, in.breakdown.distinct()), breakdown[in.breakdown.codes.get(i)]);
                key = Math.addExact(Math.multiplyExact(key, in.breakdownValue.distinct()),
                        breakdownValue[in.breakdownValue.codes.get(i)]);
                key = Math.addExact(Math.multiplyExact(key, in.laCode.distinct()), la[in.laCode.codes.get(i)]);
                keys[i] = Math.addExact(Math.multiplyExact(key, rows), i);
            }
        } catch (ArithmeticException e) {
            throw new IllegalStateException("one period holds too many distinct indicators, breakdowns and LAs ("
                    + in.rowCount + " rows) for the Arrow roll-up's sort key; roll up fewer LAs at once", e);
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
            order[r] = (int) (keys[r] % rows);
        }
        return order;
    }

    private static boolean sameCell(ShareableVectors in, int a, int b) {
        return in.indicatorId.codes.get(a) == in.indicatorId.codes.get(b)
                && in.breakdown.codes.get(a) == in.breakdown.codes.get(b)
                && in.breakdownValue.codes.get(a) == in.breakdownValue.codes.get(b);
    }

    @Override
    public void begin(Group group, Path groupDir, Collection<String> laCodes) throws IOException {
        ipcFile = groupDir.resolve(BenchmarkingDataset.ARROW_FILE);
        ipcRoot = ArrowTables.create(BenchmarkingDataset.SCHEMA, allocator, BenchmarkingDataset.footer(group, laCodes));
        ipcChannel = FileChannel.open(ipcFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ipcWriter = new ArrowFileWriter(ipcRoot, null, ipcChannel);
        ipcWriter.start();
    }

    /** Appends the period's rows to the IPC file as one record batch. */
    @Override
    public void inPeriodOrder(PeriodOutput output) throws IOException {
        VectorSchemaRoot periodRoot = ((BatchHandle) output.batch()).root();
        try (ArrowRecordBatch batch = new VectorUnloader(periodRoot).getRecordBatch()) {
            new VectorLoader(ipcRoot).load(batch);
            ipcWriter.writeBatch();
        }
    }

    @Override
    public List<Path> end() throws IOException {
        ipcWriter.end();
        closeIpc();
        return List.of(ipcFile);
    }

    private void closeIpc() {
        if (ipcWriter != null) {
            ipcWriter.close();
            ipcWriter = null;
        }
        if (ipcRoot != null) {
            ipcRoot.close();
            ipcRoot = null;
        }
    }

    @Override
    public void close() {
        closeIpc();
        allocator.close();
    }
}
