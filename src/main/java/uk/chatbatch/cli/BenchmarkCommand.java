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

    @Option(names = "--returns", description = "Time the returns instead: five years of SSDA903 tables (1,500"
            + " episodes a year) and a CIN census of 20,000 children, read, checked and written to Parquet together.")
    boolean returns;

    @Option(names = "--rollup", description = "Time the roll-up instead: a synthetic region of --las LAs x --periods"
            + " periods of shareable indicators rolled up over Arrow vectors and over row objects, side by side.")
    boolean rollup;

    @Option(names = "--las", defaultValue = "153", description = "With --rollup: LAs (default: ${DEFAULT-VALUE}).")
    int las;

    @Option(names = "--periods", defaultValue = "12", description = "With --rollup: periods (default: ${DEFAULT-VALUE}).")
    int periods;

    @Override
    public Integer call() throws Exception {
        if (rollup) {
            new uk.chatbatch.rollup.RollupBenchmark(las, periods, seed, repeat).run(System.out);
            return ExitCodes.OK;
        }
        if (returns) {
            return benchmarkReturns();
        }
        LocalDate end = LocalDate.of(2026, 9, 30);
        Path dir = Files.createTempDirectory("chat-batch-benchmark");
        try {
            Path xlsx = dir.resolve("annex-a.xlsx");
            long t0 = System.nanoTime();
            GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(
                    GeneratorOptions.messy(seed, children, end), xlsx);
            System.out.printf("generate   %7.2f s  %,d children, %,d rows, %,.1f MB%n", secondsSince(t0), children,
                    counts.totalDataRows(), Files.size(xlsx) / 1e6);
            processes(dir, end);
            IndicatorEngine engine = new IndicatorEngine(IndicatorCatalogue.discover());
            List<Double> scans = new ArrayList<>();
            List<Double> ingests = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                long s = System.nanoTime();
                long cells = bareScan(xlsx);
                double scan = secondsSince(s);
                scans.add(scan);
                RunRequest request = new RunRequest("999", "Benchmark", end, Optional.of(xlsx), dir.resolve("out" + i));
                long a = System.nanoTime();
                new IngestStage(m -> { }).run(request);
                double ingest = secondsSince(a);
                ingests.add(ingest);
                System.out.printf("run %d      bare reader scan %.2f s (%,d cells), ingest %.2f s: %.1f times the scan%n",
                        i, scan, cells, ingest, ingest / scan);
                long b = System.nanoTime();
                new IndicatorStage(engine, m -> { }).run(request, i);
                double indicators = secondsSince(b);
                long c = System.nanoTime();
                new ReportStage(IndicatorCatalogue.discover(), m -> { }).run(request, ZonedDateTime.now(ZoneId.of("Europe/London")));
                double report = secondsSince(c);
                uk.chatbatch.input.InputData data = new uk.chatbatch.pipeline.PublishedDatasets(request.layout(),
                        request.laCode(), request.periodEnd()).inputs();
                long d = System.nanoTime();
                int computed = engine.computeAll(data, request.indicatorContext()).size();
                double catalogue = secondsSince(d);
                Runtime rt = Runtime.getRuntime();
                System.out.printf("run %d      ingest %.2f s (%,.0f rows/s), indicators step %.2f s (of which the %d"
                                + " indicators in memory %.2f s), report %.2f s; heap in use %,d MB%n", i, ingest,
                        counts.totalDataRows() / ingest, indicators, computed, catalogue, report,
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            }
            System.out.printf("medians    bare reader scan %.2f s, ingest %.2f s (%.1f times the scan) over %d runs%n",
                    median(scans), median(ingests), median(ingests) / median(scans), repeat);
        } finally {
            Directories.deleteRecursively(dir);
        }
        return ExitCodes.OK;
    }

    /**
     * Times what a user waits for, each as a new {@code java -jar} process: {@code --help}, and a typical LA
     * (about 31,000 Annex A rows and 1,500 SSDA903 episodes) run end to end with both reports, from process
     * start to exit, each into a fresh output folder.
     */
    private void processes(Path dir, LocalDate end) throws Exception {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            System.out.println("processes  not timed: not started from chat-batch.jar");
            return;
        }
        Path typical = dir.resolve("typical-annex-a.xlsx");
        GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(seed, typicalChildren,
                end), typical);
        Path folder903 = Files.createDirectories(dir.resolve("typical-ssda903"));
        uk.chatbatch.ssda903.SyntheticSsda903.Written written = uk.chatbatch.ssda903.SyntheticSsda903.write(
                folder903, seed, 2025, 1, 1_500);
        List<Double> helps = new ArrayList<>();
        List<Double> runs = new ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            helps.add(timeProcess(jar.get(), List.of("--help")));
            runs.add(timeProcess(jar.get(), List.of("run", "--la", "999", "--period-end", end.toString(), "--annex-a",
                    typical.toString(), "--ssda903", folder903.toString(), "--output", dir.resolve("typical-out" + i)
                            .toString())));
        }
        System.out.printf("process    --help: median %.2f s over %d runs %s%n", median(helps), repeat, seconds(helps));
        System.out.printf("process    typical LA (%,d children, %,d Annex A rows; SSDA903 %,d rows in one year, 1,500"
                        + " episodes) run end to end with both reports: median %.2f s over %d runs %s%n",
                typicalChildren, counts.totalDataRows(), written.total(), median(runs), repeat, seconds(runs));
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

    private static double timeProcess(Path jar, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double took = secondsSince(start);
        if (exit != 0) {
            throw new IllegalStateException("benchmark process " + String.join(" ", args) + " exited with " + exit);
        }
        return took;
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
