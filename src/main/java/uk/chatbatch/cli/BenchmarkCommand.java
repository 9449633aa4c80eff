package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    @Option(names = "--returns", description = "Time the returns instead: five years of SSDA903 tables (1,500"
            + " episodes a year) and a CIN census of 20,000 children, read, checked and written to Parquet together.")
    boolean returns;

    @Override
    public Integer call() throws Exception {
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
            IndicatorEngine engine = new IndicatorEngine(IndicatorCatalogue.discover());
            for (int i = 1; i <= repeat; i++) {
                RunRequest request = new RunRequest("999", "Benchmark", end, Optional.of(xlsx), dir.resolve("out" + i));
                long a = System.nanoTime();
                new IngestStage(m -> { }).run(request);
                double ingest = secondsSince(a);
                long b = System.nanoTime();
                new IndicatorStage(engine, m -> { }).run(request, i);
                double indicators = secondsSince(b);
                long c = System.nanoTime();
                new ReportStage(IndicatorCatalogue.discover(), m -> { }).run(request, ZonedDateTime.now(ZoneId.of("Europe/London")));
                double report = secondsSince(c);
                uk.chatbatch.annexa.InputData data = new uk.chatbatch.pipeline.PublishedDatasets(request.layout(),
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
        } finally {
            Directories.deleteRecursively(dir);
        }
        return ExitCodes.OK;
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
