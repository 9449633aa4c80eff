package uk.chatbatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.generate.GeneratedCounts;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.RegionExtracts;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.output.Directories;
import uk.chatbatch.pipeline.IndicatorStage;
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.ReportStage;
import uk.chatbatch.pipeline.RunRequest;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic LA and times each stage of a run on it (generate, ingest, indicators,"
                + " report), without the job repository.", "Rerun it to compare; the figures in the README come"
                + " from it."})
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--children", defaultValue = "50000", description = "Children in the synthetic LA (default: ${DEFAULT-VALUE}).")
    int children;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeat", defaultValue = "3",
            description = "Times to run the stages; the first run includes JVM warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--typical-children", defaultValue = "9600", description = "Children in the typical LA timed end"
            + " to end as a separate process; 9,600 gives about 31,000 Annex A rows (default: ${DEFAULT-VALUE}).")
    int typicalChildren;

    @Option(names = "--ten-times", defaultValue = "10", description = "Also time an LA this many times the typical"
            + " LA end to end as a separate process; 0 leaves it out (default: ${DEFAULT-VALUE}).")
    int tenTimes;

    @Option(names = "--las", split = ",", defaultValue = "5,10,20", paramLabel = "<n,n,...>", description = "Also time"
            + " regions of this many typical LAs (sizes 0.8 to 1.2 times), each in one run --inputs-by-la; 0 leaves"
            + " them out (default: ${DEFAULT-VALUE}).")
    List<Integer> las;

    @Option(names = "--large-repeat", defaultValue = "1", description = "Times to run the larger LA and each region"
            + " (default: ${DEFAULT-VALUE}).")
    int largeRepeat;

    @Option(names = "--processes", negatable = true, defaultValue = "true", fallbackValue = "true", description = "Time"
            + " --help, the typical and larger LA and the regions as processes (--no-processes leaves them out;"
            + " default: on).")
    boolean processes;

    @Option(names = "--stages", negatable = true, defaultValue = "true", fallbackValue = "true", description = "Time"
            + " each stage in this process on --children children, beside a bare reader scan (--no-stages leaves it"
            + " out; default: on).")
    boolean stages;

    @Option(names = "--jvm-options", paramLabel = "<options>", description = "Time every process also with these"
            + " JVM options, e.g. \"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\", alternating with the plain java -jar"
            + " run so the load falls on both alike.")
    String jvmOptions;

    @Option(names = "--returns", description = "Time the returns instead: five years of SSDA903 tables (1,500"
            + " episodes a year) and a CIN census of 20,000 children, read, checked and written to Parquet together.")
    boolean returns;

    @Option(names = "--rollup", description = "Time the roll-up instead: a synthetic region of --rollup-las LAs x --periods"
            + " periods of shareable indicators rolled up over Arrow vectors and over row objects, side by side.")
    boolean rollup;

    @Option(names = "--rollup-las", defaultValue = "153", description = "With --rollup: LAs (default: ${DEFAULT-VALUE}).")
    int rollupLas;

    @Option(names = "--periods", defaultValue = "12", description = "With --rollup or --compact: periods (default:"
            + " ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--compact", description = "Time a regional aggregate instead: --compact-las LAs x --periods periods"
            + " of synthetic shareable indicators, one file per LA and period against the same rows compacted (one"
            + " sorted file per period), same reader and queries, alternately.")
    boolean compact;

    @Option(names = "--compact-las", defaultValue = "150", description = "With --compact: LAs (default: ${DEFAULT-VALUE}).")
    int compactLas;

    @Override
    public Integer call() throws Exception {
        if (!compact) { // the compaction benchmark prints its own, with the load average it starts at
            System.out.printf("machine    %s, load %.1f%n", uk.chatbatch.logging.Machine.describe(),
                    MeasuredProcess.loadAverage());
        }
        if (rollup) {
            new uk.chatbatch.rollup.RollupBenchmark(rollupLas, periods, seed, repeat).run(System.out);
            return ExitCodes.OK;
        }
        if (compact) {
            new uk.chatbatch.compact.CompactBenchmark(compactLas, periods, seed, repeat).run(System.out);
            return ExitCodes.OK;
        }
        if (returns) {
            return benchmarkReturns();
        }
        LocalDate end = LocalDate.of(2026, 9, 30);
        Path dir = Files.createTempDirectory("chat-batch-benchmark");
        try {
            if (processes) {
                processes(dir, end);
            }
            if (!stages) {
                return ExitCodes.OK;
            }
            Path xlsx = dir.resolve("annex-a.xlsx");
            long t0 = System.nanoTime();
            GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(
                    GeneratorOptions.messy(seed, children, end), xlsx);
            System.out.printf("generate   %7.2f s  %,d children, %,d rows, %,.1f MB%n", secondsSince(t0), children,
                    counts.totalDataRows(), Files.size(xlsx) / 1e6);
            IndicatorEngine engine = new IndicatorEngine(IndicatorCatalogue.discover());
            List<Double> scans = new ArrayList<>();
            List<Double> ingests = new ArrayList<>();
            List<Double> reports = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                long s = System.nanoTime();
                long cells = bareScan(xlsx);
                double scan = secondsSince(s);
                scans.add(scan);
                RunRequest request = new RunRequest("999", "Benchmark", end, Optional.of(xlsx), dir.resolve("out" + i));
                long a = System.nanoTime();
                double cpu = processCpuSeconds();
                new IngestStage(m -> { }).run(request);
                double ingest = secondsSince(a);
                // The process's CPU, every thread (readers, writer, JIT, GC): what ingest costs on a busy machine.
                double ingestCpu = processCpuSeconds() - cpu;
                ingests.add(ingest);
                System.out.printf("run %d      bare reader scan %.2f s (%,d cells), ingest %.2f s (CPU %.2f s): %.1f times"
                        + " the scan%n", i, scan, cells, ingest, ingestCpu, ingest / scan);
                long b = System.nanoTime();
                new IndicatorStage(engine, m -> { }).run(request, i);
                double indicators = secondsSince(b);
                long c = System.nanoTime();
                List<ReportStage.Timed> drawn = new ArrayList<>();
                new ReportStage(IndicatorCatalogue.discover(), m -> { }).timed(drawn::add).run(request,
                        ZonedDateTime.now(ZoneId.of("Europe/London")));
                double report = secondsSince(c);
                reports.add(report);
                System.out.printf("run %d      report step %.2f s: %s%n", i, report, drawn.stream().map(t -> String.format(
                        "%s %.2f s (CPU %.2f s)", t.what(), t.seconds(), t.cpuSeconds())).collect(
                                java.util.stream.Collectors.joining(", ")));
                uk.chatbatch.input.InputData data = new uk.chatbatch.pipeline.PublishedDatasets(request.layout(),
                        request.key()).inputs();
                long d = System.nanoTime();
                int computed = engine.computeAll(data, request.indicatorContext()).size();
                double catalogue = secondsSince(d);
                Runtime rt = Runtime.getRuntime();
                System.out.printf("run %d      ingest %.2f s (%,.0f rows/s), indicators step %.2f s (of which the %d"
                                + " indicators in memory %.2f s), report %.2f s; heap in use %,d MB%n", i, ingest,
                        counts.totalDataRows() / ingest, indicators, computed, catalogue, report,
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            }
            System.out.printf("medians    bare reader scan %.2f s, ingest %.2f s (%.1f times the scan), report step"
                            + " (both variants of both documents, and the HTML) %.2f s over %d runs%n",
                    median(scans), median(ingests), median(ingests) / median(scans), median(reports), repeat);
        } finally {
            Directories.deleteRecursively(dir);
        }
        return ExitCodes.OK;
    }

    /**
     * Times what a user waits for, each as a new {@code java -jar} process from start to exit, each into a fresh
     * output folder: {@code --help}; a typical LA (about 31,000 Annex A rows and 1,500 SSDA903 episodes) end to end
     * with both reports; ten times that; and regions of typical LAs in one {@code run --inputs-by-la}.
     */
    private void processes(Path dir, LocalDate end) throws Exception {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            System.out.println("processes  not timed: not started from chat-batch.jar");
            return;
        }
        Path scratch = Files.createDirectories(dir.resolve("process-logs"));
        Timings helps = new Timings();
        for (int i = 1; i <= repeat; i++) {
            for (List<String> jvm : variants()) {
                helps.add(jvm, MeasuredProcess.run(jar.get(), jvm, List.of("--help"), scratch));
            }
        }
        helps.print("--help");

        RegionExtracts.WrittenLa typical = RegionExtracts.write(new RegionExtracts.Options(1, typicalChildren, 0, seed,
                end, true, Optional.empty()), dir.resolve("typical")).get(0);
        timeOneLa("typical LA", typical, repeat, dir, end, scratch, jar.get());
        if (tenTimes > 0) {
            RegionExtracts.WrittenLa big = RegionExtracts.write(new RegionExtracts.Options(1, typicalChildren
                    * tenTimes, 0, seed, end, true, Optional.empty()), dir.resolve("ten-times")).get(0);
            timeOneLa(tenTimes + " times a typical LA", big, largeRepeat, dir, end, scratch, jar.get());
        }
        List<Integer> regionSizes = las.stream().filter(n -> n > 0).sorted().toList();
        if (!regionSizes.isEmpty()) {
            timeRegions(regionSizes, dir, end, scratch, jar.get());
        }
    }

    private void timeOneLa(String what, RegionExtracts.WrittenLa la, int times, Path dir, LocalDate end, Path scratch,
                           Path jar) throws Exception {
        Timings runs = new Timings();
        for (int i = 1; i <= times; i++) {
            for (List<String> jvm : variants()) {
                Path out = dir.resolve("out-" + what.replace(' ', '-') + "-" + i);
                runs.add(jvm, MeasuredProcess.run(jar, jvm, List.of("run", "--la", la.la().dfeCode(), "--period-end",
                        end.toString(), "--annex-a", la.folder().resolve(RegionExtracts.ANNEX_A_FILE).toString(),
                        "--ssda903", la.folder().resolve(uk.chatbatch.region.LaInputFolders.SSDA903_DIR).toString(),
                        "--output", out.toString()), scratch));
                Directories.deleteRecursively(out);
            }
        }
        runs.print(String.format("%s (%,d children, %,d Annex A rows; SSDA903 %,d rows in one year), run end to end with"
                + " both reports", what, la.children(), la.annexA().totalDataRows(), la.ssda903().total()));
    }

    /**
     * Generates the largest region once, each LA with its own seed and size, and times the smaller regions on the
     * first LAs of it, so every region holds the LAs of the one below it and the times can be compared.
     */
    private void timeRegions(List<Integer> sizes, Path dir, LocalDate end, Path scratch, Path jar) throws Exception {
        int largest = sizes.get(sizes.size() - 1);
        long g = System.nanoTime();
        List<RegionExtracts.WrittenLa> all = RegionExtracts.write(new RegionExtracts.Options(largest, typicalChildren,
                0.2, seed, end, true, Optional.empty()), dir.resolve("region-all"));
        System.out.printf("generate   %7.2f s  %d LAs' extracts around %,d children each (0.8 to 1.2 times)%n",
                secondsSince(g), largest, typicalChildren);
        java.util.Map<List<String>, Double> previousWall = new java.util.HashMap<>();
        int previousLas = 0;
        for (int n : sizes) {
            Path region = Files.createDirectories(dir.resolve("region-" + n));
            for (RegionExtracts.WrittenLa la : all.subList(0, n)) {
                Files.createSymbolicLink(region.resolve(la.la().dfeCode()), la.folder());
            }
            long rows = all.subList(0, n).stream().mapToLong(RegionExtracts.WrittenLa::rows).sum();
            Timings runs = new Timings();
            java.util.Map<List<String>, List<Double>> lasAtOnce = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= largeRepeat; i++) {
                for (List<String> jvm : variants()) {
                    Path out = dir.resolve("out-region-" + n + "-" + i);
                    MeasuredProcess.Measurement m = MeasuredProcess.run(jar, jvm, List.of("run", "--inputs-by-la",
                            region.toString(), "--period-end", end.toString(), "--output", out.toString()), scratch);
                    runs.add(jvm, m);
                    lasAtOnce.computeIfAbsent(jvm, k -> new ArrayList<>()).add(sumOfLaTimes(m.output())
                            / m.wallSeconds());
                    Directories.deleteRecursively(out);
                }
            }
            runs.print(String.format("%d LAs in one run --inputs-by-la (%,d rows of Annex A and SSDA903), default LAs"
                    + " at once", n, rows));
            for (List<String> jvm : variants()) {
                double wall = median(runs.walls(jvm));
                Double before = previousWall.get(jvm);
                System.out.printf("           %s%.2f s per LA, %.2f s per 10,000 rows%s; the LAs' own times add up to"
                                + " %.1f times the wall time (LAs running at once, on average)%n", label(jvm), wall / n,
                        wall / rows * 10_000, before == null ? "" : String.format("; %.2f s per LA added since %d LAs",
                                (wall - before) / (n - previousLas), previousLas), median(lasAtOnce.get(jvm)));
                previousWall.put(jvm, wall);
            }
            previousLas = n;
        }
    }

    /** The plain {@code java -jar}, and with {@code --jvm-options} when given. */
    private List<List<String>> variants() {
        return jvmOptions == null || jvmOptions.isBlank() ? List.of(List.of())
                : List.of(List.of(), List.of(jvmOptions.strip().split("\\s+")));
    }

    private static String label(List<String> jvm) {
        return jvm.isEmpty() ? "" : "with " + String.join(" ", jvm) + ": ";
    }

    /** Each JVM variant's measurements, in the order first timed. */
    private static final class Timings {
        private final java.util.Map<List<String>, List<MeasuredProcess.Measurement>> byVariant =
                new java.util.LinkedHashMap<>();

        /** Keeps the measurement and prints it at once, so a long benchmark stopped early still shows it. */
        void add(List<String> jvm, MeasuredProcess.Measurement m) {
            byVariant.computeIfAbsent(jvm, k -> new ArrayList<>()).add(m);
            System.out.println("             " + label(jvm) + m.describe());
        }

        List<Double> walls(List<String> jvm) {
            return byVariant.get(jvm).stream().map(MeasuredProcess.Measurement::wallSeconds).toList();
        }

        void print(String what) {
            byVariant.forEach((jvm, runs) -> {
                System.out.printf("process    %s%s: median %.2f s wall, %.2f s CPU over %d runs%n", what,
                        jvm.isEmpty() ? "" : ", with " + String.join(" ", jvm),
                        median(runs.stream().map(MeasuredProcess.Measurement::wallSeconds).toList()),
                        median(runs.stream().map(MeasuredProcess.Measurement::cpuSeconds).toList()), runs.size());
            });
        }
    }

    /** The per-LA times of a region run's summary table (its last column, "12.3 s"), added up. */
    static double sumOfLaTimes(String output) {
        java.util.regex.Pattern time = java.util.regex.Pattern.compile("^\\d{3}\\s.*\\s(\\d+\\.\\d) s$");
        return output.lines().map(time::matcher).filter(java.util.regex.Matcher::matches)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
    }

    /** The jar this process was started from, when it was started from one. */
    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") && Files.isRegularFile(location)
                    ? Optional.of(location) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The floor for ingest: the same reader (fastexcel-reader) streaming every cell of every sheet and
     * doing nothing else with it.
     */
    static long bareScan(Path xlsx) throws IOException {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        for (Cell cell : row) {
                            if (cell != null && cell.getRawValue() != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).collect(java.util.stream.Collectors.joining(", ",
                "(", " s)"));
    }

    private Integer benchmarkReturns() throws Exception {
        Path dir = Files.createTempDirectory("chat-batch-benchmark");
        try {
            Path folder903 = Files.createDirectories(dir.resolve("ssda903"));
            long t0 = System.nanoTime();
            uk.chatbatch.ssda903.SyntheticSsda903.Written written = uk.chatbatch.ssda903.SyntheticSsda903.write(
                    folder903, seed, 2020, 5, 1_500);
            Path cin = dir.resolve("cin-census.xml");
            uk.chatbatch.cin.SyntheticCinCensus.write(new uk.chatbatch.cin.SyntheticCinCensus.Options(seed, 20_000, 2025,
                    0.02), cin);
            System.out.printf("generate   %7.2f s  SSDA903 %,d rows over 5 years; CIN census 20,000 children, %.1f MB%n",
                    secondsSince(t0), written.total(), Files.size(cin) / 1e6);
            for (int i = 1; i <= repeat; i++) {
                RunRequest request = new RunRequest("999", "Benchmark", LocalDate.of(2025, 3, 31), Optional.empty(),
                        Optional.of(folder903), Optional.of(cin), dir.resolve("out" + i),
                        uk.chatbatch.indicators.IndicatorSettings.defaults(),
                        uk.chatbatch.indicators.Population.notConfigured(), Optional.empty(), RunRequest.DEFAULT_REPORTS,
                        Optional.empty());
                long a = System.nanoTime();
                new IngestStage(m -> { }).run(request);
                System.out.printf("run %d      ingest of both returns, checked and written to Parquet: %.2f s%n", i,
                        secondsSince(a));
            }
        } finally {
            Directories.deleteRecursively(dir);
        }
        return ExitCodes.OK;
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
