package uk.chatbatch.ssda903;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.RecordSink;
import uk.chatbatch.model.table.TableRecord;

/**
 * Times SSDA903 ingest of a synthetic LA: by default 1,500 episodes a year over five years
 * (2020-21 to 2024-25) with the other tables to match, read from CSV as a folder per year.
 *
 * <p>Usage: {@code Ssda903Benchmark [episodesPerYear] [years] [runs]}. The first run includes
 * class loading and JIT warm-up; the others show the steady state. Not a unit test: timings
 * depend on the machine.
 */
public final class Ssda903Benchmark {

    private Ssda903Benchmark() {
    }

    /** Counts what the sink receives; keeps nothing. */
    private static final class CountingSink implements RecordSink {
        long clean;
        long superseded;
        long quarantined;
        long issues;

        @Override
        public void clean(TableRecord record) {
            clean++;
        }

        @Override
        public void superseded(TableRecord record, CollectionYear by) {
            superseded++;
        }

        @Override
        public void quarantined(QuarantinedRecord row) {
            quarantined++;
        }

        @Override
        public void issue(Issue issue) {
            issues++;
        }
    }

    public static void main(String[] args) throws IOException {
        int episodesPerYear = args.length > 0 ? Integer.parseInt(args[0]) : 1_500;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path folder = Files.createTempDirectory("ssda903-benchmark");
        try {
            SyntheticSsda903.Written written = SyntheticSsda903.write(folder, 42, 2020, years, episodesPerYear);
            System.out.printf("synthetic LA: %d years, %,d rows in all (episodes per year: %s)%n", years,
                    written.total(), written.rows().values().stream()
                            .map(m -> String.valueOf(m.get(Ssda903Table.EPISODES))).toList());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] millis = new double[runs];
            double[] cpuMillis = new double[runs];
            CountingSink sink = null;
            for (int run = 0; run < runs; run++) {
                sink = new CountingSink();
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Ssda903Ingest.read(folder, sink);
                millis[run] = (System.nanoTime() - start) / 1e6;
                cpuMillis[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            System.out.printf("rows: %,d clean, %,d superseded by a later year, %,d quarantined; %,d issues%n",
                    sink.clean, sink.superseded, sink.quarantined, sink.issues);
            System.out.printf("first run (class loading, JIT): %.0f ms elapsed, %.0f ms CPU%n", millis[0], cpuMillis[0]);
            if (runs > 1) {
                double[] warm = Arrays.copyOfRange(millis, 1, runs);
                double[] warmCpu = Arrays.copyOfRange(cpuMillis, 1, runs);
                Arrays.sort(warm);
                Arrays.sort(warmCpu);
                System.out.printf("later runs: median %.0f ms elapsed (min %.0f), median %.0f ms CPU (min %.0f);"
                        + " %,.0f rows a second%n", warm[warm.length / 2], warm[0], warmCpu[warmCpu.length / 2],
                        warmCpu[0], written.total() / (warm[warm.length / 2] / 1000));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
