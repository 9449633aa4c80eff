package uk.chatbatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import java.util.List;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.jobfile.JobFileException;
import uk.chatbatch.jobfile.JobFileLoader;
import uk.chatbatch.jobfile.RegionJobDefinition;
import uk.chatbatch.jobfile.RegionJobFileLoader;

/** The options of {@code run}; each overrides the job file, and without a job file they say everything. */
final class RunOptions {

    @Option(names = "--la", paramLabel = "<code>",
            description = "DfE three-digit LA code (e.g. 391) or ONS code (e.g. E08000021).")
    String la;

    @Option(names = "--la-name", paramLabel = "<name>", description = "LA name for the report.")
    String laName;

    @Option(names = "--period-end", paramLabel = "<yyyy-mm-dd>", description = "The period end T.")
    String periodEnd;

    @Option(names = "--annex-a", paramLabel = "<path>",
            description = "An Annex A workbook (.xlsx), or a folder holding one CSV file per list.")
    Path annexA;

    @Option(names = "--ssda903", paramLabel = "<path>",
            description = "SSDA903 return: a folder (one sub-folder or year-labelled files per collection year) or a file.")
    Path ssda903;

    @Option(names = "--cin", paramLabel = "<path>", description = "CIN census XML file, or a folder of them.")
    Path cin;

    @Option(names = "--output", paramLabel = "<dir>", description = "Output folder (default: output).")
    Path output;

    @Option(names = "--jdbc-url", paramLabel = "<url>",
            description = "Job repository JDBC URL (default: an H2 file under <output>/.jobrepo).")
    String jdbcUrl;

    @Option(names = "--region", paramLabel = "<region>",
            description = "English region whose benchmarks sit beside England's, e.g. \"North East\".")
    String region;

    @Option(names = "--population", paramLabel = "<children aged 0 to 17>",
            description = "The LA's population aged 0 to 17 (ONS mid-year estimate), for rates per 10,000;"
                    + " replaces the job file's population.")
    String population;

    @Option(names = "--reports", paramLabel = "<variants>",
            description = "Report variants to draw: internal, shareable, or internal,shareable (the default).")
    String reports;

    @Option(names = "--accept-other-la-or-year",
            description = "Read a return whose LA code or collection year does not match --la and --period-end"
                    + " (a warning) instead of stopping the run.")
    boolean acceptOtherLaOrYear;

    @Option(names = "--synthetic-data",
            description = "The inputs are synthetic (as generate writes), though the LA codes are real LAs': every"
                    + " output says so (reports' titles, covers and page footers; chat_batch.synthetic_la in every"
                    + " dataset's footer).")
    boolean syntheticData;

    @Option(names = "--parquet-codec", paramLabel = "<codec>", description = "Compression of the datasets: zstd"
            + " (the default, smallest files) or snappy (the codec every Parquet reader takes).")
    String parquetCodec;

    @Option(names = "--parallel-las", paramLabel = "<n>",
            description = "A run of several LAs: how many LAs run at once (default: the number of cores).")
    String parallelLas;

    @Option(names = "--inputs-by-la", paramLabel = "<folder>",
            description = "Run several LAs: a folder with one sub-folder per LA code (391/ or E08000021/) holding"
                    + " annex-a*.xlsx (or an annex-a/ CSV folder), and optionally ssda903/ and cin/.")
    Path inputsByLa;

    /** Whether this launch runs several LAs: a job file with las or inputs_by_la, or --inputs-by-la. */
    boolean isRegion(Path jobFile) {
        return inputsByLa != null || jobFile != null && RegionJobFileLoader.isRegion(jobFile);
    }

    /**
     * The region job file (if any) with the options that apply to every LA; the options that describe one LA
     * are refused, since each LA has its own in the job file.
     */
    RegionJobDefinition resolveRegion(Path jobFile) {
        String where = jobFile == null ? "command line" : jobFile.toString();
        List<String> perLa = new java.util.ArrayList<>();
        if (la != null) perLa.add("--la");
        if (laName != null) perLa.add("--la-name");
        if (annexA != null) perLa.add("--annex-a");
        if (ssda903 != null) perLa.add("--ssda903");
        if (cin != null) perLa.add("--cin");
        if (population != null) perLa.add("--population");
        if (!perLa.isEmpty()) {
            throw new JobFileException(String.join(", ", perLa) + " describe one LA; a run of several LAs takes each"
                    + " LA's code, name, inputs and population from las: or inputs_by_la: in the job file.");
        }
        java.util.Map<String, Object> top = jobFile == null ? new java.util.LinkedHashMap<>()
                : RegionJobFileLoader.read(jobFile);
        if (inputsByLa != null) top.put("inputs_by_la", inputsByLa.toString());
        if (periodEnd != null) top.put("period_end", periodEnd);
        if (output != null) top.put("output", output.toString());
        if (jdbcUrl != null) top.put("job_repository_url", jdbcUrl);
        if (region != null) top.put("region", region);
        if (reports != null) top.put("reports", reports);
        if (parquetCodec != null) top.put("parquet_codec", parquetCodec);
        if (parallelLas != null) top.put("parallel_las", RegionJobFileLoader.parallelLas(parallelLas, "--parallel-las"));
        RegionJobDefinition region = RegionJobFileLoader.fromMap(top, where,
                jobFile == null ? "command-line" : JobFileLoader.baseName(jobFile), uk.chatbatch.jobfile.RunKey.LONDON,
                System.out::println);
        if (!acceptOtherLaOrYear && !syntheticData) {
            return region;
        }
        return new RegionJobDefinition(region.name(), region.las().stream()
                .map(j -> j.withAcceptOtherLaOrYear(acceptOtherLaOrYear || j.acceptOtherLaOrYear())
                        .withSyntheticData(syntheticData || j.syntheticData()))
                .toList(), region.periodEnd(), region.output(), region.jdbcUrl(), region.parallelLas());
    }

    /** Merges the job file (if any) with the options; any input option replaces all the job file's inputs. */
    JobDefinition resolve(Path jobFile) {
        JobDefinition base = jobFile == null ? null : JobFileLoader.load(jobFile);
        String where = jobFile == null ? "command line" : jobFile.toString();
        String code = la != null ? JobFileLoader.laCode(la, "--la") : base != null ? base.laCode() : null;
        if (code == null) {
            throw new JobFileException("No LA code: give a job file or --la <code>.");
        }
        String name = laName != null ? laName : base != null && la == null ? base.laName()
                : JobFileLoader.defaultLaName(code);
        Optional<LocalDate> end = periodEnd != null
                ? Optional.of(JobFileLoader.date(periodEnd, "--period-end"))
                : base != null ? base.periodEnd() : Optional.empty();
        boolean inputsOnCommandLine = annexA != null || ssda903 != null || cin != null;
        Optional<Path> annex = inputsOnCommandLine ? Optional.ofNullable(annexA)
                : base != null ? base.annexA() : Optional.empty();
        Optional<Path> returns903 = inputsOnCommandLine ? Optional.ofNullable(ssda903)
                : base != null ? base.ssda903() : Optional.empty();
        Optional<Path> census = inputsOnCommandLine ? Optional.ofNullable(cin)
                : base != null ? base.cin() : Optional.empty();
        Path out = output != null ? output : base != null ? base.output() : Path.of("output");
        Optional<String> jdbc = jdbcUrl != null ? Optional.of(jdbcUrl) : base != null ? base.jdbcUrl() : Optional.empty();
        Optional<String> benchmarkRegion = region != null ? Optional.of(JobFileLoader.region(region, "--region"))
                : la == null && base != null ? base.region()
                : JobFileLoader.defaultRegion(code).or(() -> base != null ? base.region() : Optional.empty());
        JobDefinition merged = new JobDefinition(base != null ? base.name() : "command-line", code, name, end,
                base != null ? base.schedule() : Optional.empty(), annex, returns903, census, out, jdbc,
                base != null ? base.settings() : IndicatorSettings.defaults(),
                population(base), benchmarkRegion, variants(base),
                base != null ? base.postcodeCentroids() : Optional.empty());
        return merged.withAcceptOtherLaOrYear(acceptOtherLaOrYear || base != null && base.acceptOtherLaOrYear())
                .withShareable(base != null ? base.shareable() : uk.chatbatch.shareable.ShareableRequest.indicatorsOnly())
                .withParquetCodec(parquetCodec != null ? JobFileLoader.parquetCodec(parquetCodec, "--parquet-codec")
                        : base != null ? base.parquetCodec() : uk.chatbatch.output.ParquetCodec.DEFAULT)
                .withLaCodeGiven(la != null ? la.strip() : base.laCodeGiven())
                .withSyntheticData(syntheticData || base != null && base.syntheticData());
    }

    private Population population(JobDefinition base) {
        if (population != null) {
            return Population.ofAged0to17(JobFileLoader.populationCount(population, "--population"));
        }
        return base != null ? base.population() : Population.notConfigured();
    }

    private List<ReportVariant> variants(JobDefinition base) {
        if (reports == null) {
            return base != null ? base.reports() : RunRequest.DEFAULT_REPORTS;
        }
        try {
            return ReportVariant.parseList(reports, "--reports");
        } catch (IllegalArgumentException e) {
            throw new JobFileException(e.getMessage());
        }
    }
}
