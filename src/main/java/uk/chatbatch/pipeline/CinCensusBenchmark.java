package uk.chatbatch.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import uk.chatbatch.cin.CinCensusHeader;
import uk.chatbatch.cin.CinCensusIngest;
import uk.chatbatch.cin.CinIngestResult;
import uk.chatbatch.cin.CinSink;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.cin.SyntheticCinCensus;
import uk.chatbatch.datasets.IssuesDataset;
import uk.chatbatch.datasets.QuarantineDataset;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.output.Directories;
import uk.chatbatch.output.ParquetTableWriter;

/**
 * Times CIN census ingest on a synthetic census: first reading alone into a counting sink, then
 * reading and writing every cin_* dataset, quarantine and issues to Parquet. Not a unit test: times
 * depend on the machine, so it prints them for a person to read.
 *
 * <p>Arguments, all optional: children (20000), seed (42), census year (2025), runs (5), mess rate (0.02).
 */
public final class CinCensusBenchmark {

    /** CPU time as well as elapsed: on a shared, busy machine the elapsed time mostly measures the neighbours. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CinCensusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2025;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        double mess = args.length > 4 ? Double.parseDouble(args[4]) : 0.02;
        Path dir = Files.createTempDirectory("cin-benchmark");
        try {
            Path xml = dir.resolve("cin-census.xml");
            long t0 = System.nanoTime();
            SyntheticCinCensus.Counts counts = SyntheticCinCensus.write(
                    new SyntheticCinCensus.Options(seed, children, year, mess), xml);
            long rows = counts.rows().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "generate  %6.2f s  %,d children, %,d rows, %.1f MB, census %s, mess %.0f%%%n",
                    seconds(t0), children, rows, Files.size(xml) / 1e6, CinCensusHeader.label(year), mess * 100);
            for (int run = 1; run <= runs; run++) {
                Counting sink = new Counting();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                CinIngestResult result = CinCensusIngest.read(xml, sink);
                double s = seconds(t);
                double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "read %d    %6.3f s (%.3f s CPU)  %,.0f rows/s; clean %,d, quarantined %,d,"
                                + " issues %,d; heap in use %,d MB%n", run, s, cpuSeconds, rows / s, sink.clean,
                        sink.quarantined, result.issues(), (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
            long t = System.nanoTime();
            try (ParquetSink sink = new ParquetSink(dir.resolve("parquet"))) {
                CinCensusIngest.read(xml, sink);
            }
            System.out.printf(Locale.ROOT, "to Parquet %5.3f s  read and write of %d cin_* datasets, quarantine and issues%n",
                    seconds(t), CinTable.values().length);
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static final class Counting implements CinSink {
        long clean;
        long quarantined;

        @Override
        public void clean(TableRecord record) {
            clean++;
        }

        @Override
        public void quarantined(QuarantinedRecord record) {
            quarantined++;
        }

        @Override
        public void issue(Issue issue) {
        }
    }

    /** What a pipeline sink would do: one Parquet file per dataset. */
    private static final class ParquetSink implements CinSink, AutoCloseable {
        private static final LaPeriod KEY = new LaPeriod("999", LocalDate.of(2025, 3, 31));
        private final Map<CinTable, ParquetTableWriter> tables = new EnumMap<>(CinTable.class);
        private final ParquetTableWriter quarantine;
        private final ParquetTableWriter issues;

        ParquetSink(Path dir) throws Exception {
            Files.createDirectories(dir);
            for (CinTable table : CinTable.values()) {
                tables.put(table, ParquetTableWriter.create(dir.resolve(table.dataset() + ".parquet"),
                        TableDataset.schema(table)));
            }
            quarantine = ParquetTableWriter.create(dir.resolve("quarantine.parquet"), QuarantineDataset.SCHEMA);
            issues = ParquetTableWriter.create(dir.resolve("issues.parquet"), IssuesDataset.SCHEMA);
        }

        @Override
        public void clean(TableRecord record) {
            write(tables.get(record.table()), TableDataset.toRow(record, KEY));
        }

        @Override
        public void quarantined(QuarantinedRecord record) {
            write(quarantine, QuarantineDataset.toRow(record, KEY));
        }

        @Override
        public void issue(Issue issue) {
            write(issues, IssuesDataset.toRow(issue, KEY));
        }

        private static void write(ParquetTableWriter writer, Object[] row) {
            try {
                writer.write(row);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws Exception {
            for (ParquetTableWriter writer : tables.values()) {
                writer.close();
            }
            quarantine.close();
            issues.close();
        }
    }
}
