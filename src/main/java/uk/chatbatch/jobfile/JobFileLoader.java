package uk.chatbatch.jobfile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.localauthorities.LocalAuthorities;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.scheduling.support.CronExpression;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.shareable.ChildLevelColumns;
import uk.chatbatch.shareable.ShareableRequest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and validates job files (YAML). Unknown keys are rejected, so a typo never silently falls
 * back to a default. Relative paths are resolved against the folder the product runs from.
 *
 * <pre>
 * la_code: "999"                     # DfE three-digit LA code, or the ONS code (E08000021) (required); see RunKey
 * la_name: Sampleshire               # a synthetic LA's (990 to 999) name, else "LA " + code; a real LA's is the table's
 * period_end: 2026-09-30             # for `run`; the scheduler derives it instead
 * synthetic_data: true               # the inputs are synthetic (generate --las writes it): the outputs say so
 * schedule:
 *   cron: "0 0 6 2 * *"              # Spring cron, second minute hour day month weekday, Europe/London
 *   period_end: last-day-of-previous-month
 * inputs:                            # any subset of the three
 *   annex_a: input/sample/annex-a-sample.xlsx
 *   ssda903: input/903                # folder with one sub-folder (or year-labelled files) per year
 *   cin: input/cin/cin-2025.xml       # CIN census XML, or a folder of them
 *   accept_other_la_or_year: false    # true: read a return of another LA or year (a warning) instead of stopping
 * output: output                     # default "output"
 * job_repository_url: jdbc:h2:...    # default: an H2 file inside the output folder
 * region: North East                 # benchmarks for this English region beside England's
 * reports: [internal, shareable]     # which report variants to draw (default both)
 * parquet_codec: zstd                # the datasets' compression: zstd (default) or snappy, which every reader takes
 * reference:
 *   postcode_centroids: ref/centroids.csv   # postcode,latitude,longitude: for distances from home
 * shareable:                         # the shareable indicators are always written; child-level tables only if asked
 *   child_level: [annex_a_referrals, annex_a_children_in_care]   # pseudonymised copies of these datasets
 *   key_file: /secure/la-key.txt     # the LA's pseudonymisation key (at least 32 characters), never copied
 * population:                        # ONS mid-year estimate, for rates per 10,000
 *   aged_0_to_17: 63000
 *   by_age_band: {under 1: 3100, 1 to 4: 13000, ...}
 *   by_ethnic_group: {White: 48000, Mixed: 4100, ...}   # for the ethnicity tables
 * settings:                          # the catalogue's [decision] choices; defaults otherwise
 *   cp_visit_within_working_days: 10
 * </pre>
 */
public final class JobFileLoader {

    private static final Set<String> TOP = Set.of("la_code", "la_name", "period_end", "schedule", "inputs", "output",
            "job_repository_url", "region", "population", "settings", "reports", "reference", "shareable", "parquet_codec",
            "synthetic_data");
    private static final Set<String> SHAREABLE = Set.of("child_level", "key_file");
    private static final Set<String> REFERENCE = Set.of("postcode_centroids");
    private static final Set<String> POPULATION = Set.of("aged_0_to_17", "by_age_band", "by_ethnic_group");
    private static final Set<String> SCHEDULE = Set.of("cron", "period_end");
    private static final Set<String> INPUTS = Set.of("annex_a", "ssda903", "cin", "accept_other_la_or_year");

    private JobFileLoader() {
    }

    public static JobDefinition load(Path file) {
        Map<?, ?> map = yaml(file);
        if (RegionJobFileLoader.isRegion(map)) {
            throw new JobFileException(file + ": is a job file for several LAs (las or inputs_by_la); only `run`"
                    + " takes one, not `schedule` or `children`.");
        }
        return fromMap(map, file.toString(), baseName(file));
    }

    /** The job file's top-level mapping. */
    static Map<?, ?> yaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JobFileException(file + ": the job file does not exist.");
        }
        Object parsed;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | RuntimeException e) {
            throw new JobFileException(file + ": is not valid YAML (" + firstLine(e.getMessage()) + ").");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new JobFileException(file + ": expected keys such as la_code and inputs, found no mapping.");
        }
        return map;
    }

    /** One LA's job from a mapping of the single-LA keys; a region job file builds one such mapping per LA. */
    static JobDefinition fromMap(Map<?, ?> map, String where, String name) {
        checkKeys(map, TOP, where);
        String laCodeGiven = string(map, "la_code", where);
        String laCode = laCode(laCodeGiven, where);
        String laName = Optional.ofNullable(string(map, "la_name", where)).orElse(defaultLaName(laCode));
        Optional<LocalDate> periodEnd = Optional.ofNullable(string(map, "period_end", where))
                .map(v -> date(v, where + ", key period_end"));
        Optional<JobDefinition.Schedule> schedule = Optional.empty();
        Object scheduleNode = map.get("schedule");
        if (scheduleNode != null) {
            Map<?, ?> s = mapping(scheduleNode, where + ", key schedule");
            checkKeys(s, SCHEDULE, where + ", schedule");
            String cron = string(s, "cron", where + ", schedule");
            if (cron == null) {
                throw new JobFileException(where + ", schedule: needs a cron expression (key cron).");
            }
            schedule = Optional.of(new JobDefinition.Schedule(cron(cron, where + ", schedule.cron"),
                    Optional.ofNullable(string(s, "period_end", where + ", schedule"))
                            .map(v -> PeriodEndRule.parse(v, where + ", schedule.period_end"))
                            .orElse(PeriodEndRule.LAST_DAY_OF_PREVIOUS_MONTH)));
        }
        Optional<Path> annexA = Optional.empty();
        Optional<Path> ssda903 = Optional.empty();
        Optional<Path> cin = Optional.empty();
        boolean acceptOtherLaOrYear = false;
        Object inputsNode = map.get("inputs");
        if (inputsNode != null) {
            Map<?, ?> inputs = mapping(inputsNode, where + ", key inputs");
            checkKeys(inputs, INPUTS, where + ", inputs");
            annexA = Optional.ofNullable(string(inputs, "annex_a", where + ", inputs")).map(Path::of);
            ssda903 = Optional.ofNullable(string(inputs, "ssda903", where + ", inputs")).map(Path::of);
            cin = Optional.ofNullable(string(inputs, "cin", where + ", inputs")).map(Path::of);
            acceptOtherLaOrYear = yesNo(inputs, "accept_other_la_or_year", where + ", inputs");
        }
        Path output = Path.of(Optional.ofNullable(string(map, "output", where)).orElse("output"));
        Optional<String> jdbc = Optional.ofNullable(string(map, "job_repository_url", where));
        Optional<String> region = Optional.ofNullable(string(map, "region", where)).map(r -> region(r, where))
                .or(() -> defaultRegion(laCode));
        IndicatorSettings settings = IndicatorSettings.defaults();
        if (map.get("settings") != null) {
            Map<String, Object> given = new java.util.LinkedHashMap<>();
            mapping(map.get("settings"), where + ", key settings").forEach((k, v) -> given.put(String.valueOf(k), v));
            try {
                settings = IndicatorSettings.of(given, where + ", settings");
            } catch (IllegalArgumentException e) {
                throw new JobFileException(e.getMessage());
            }
        }
        Population population = map.get("population") == null ? Population.notConfigured()
                : population(mapping(map.get("population"), where + ", key population"), where + ", population");
        List<ReportVariant> reports = RunRequest.DEFAULT_REPORTS;
        if (map.get("reports") != null) {
            try {
                reports = ReportVariant.parseList(String.valueOf(map.get("reports")), where + ", key reports");
            } catch (IllegalArgumentException e) {
                throw new JobFileException(e.getMessage());
            }
        }
        Optional<Path> centroids = Optional.empty();
        if (map.get("reference") != null) {
            Map<?, ?> reference = mapping(map.get("reference"), where + ", key reference");
            checkKeys(reference, REFERENCE, where + ", reference");
            centroids = Optional.ofNullable(string(reference, "postcode_centroids", where + ", reference")).map(Path::of);
        }
        ShareableRequest shareable = map.get("shareable") == null ? ShareableRequest.indicatorsOnly()
                : shareable(mapping(map.get("shareable"), where + ", key shareable"), where + ", shareable");
        return new JobDefinition(name, laCode, laName, periodEnd, schedule, annexA, ssda903, cin, output, jdbc,
                settings, population, region, reports, centroids).withAcceptOtherLaOrYear(acceptOtherLaOrYear)
                .withShareable(shareable).withParquetCodec(parquetCodec(string(map, "parquet_codec", where),
                        where + ", key parquet_codec")).withLaCodeGiven(laCodeGiven.strip())
                .withSyntheticData(yesNo(map, "synthetic_data", where));
    }

    /** zstd when not given; the one sentence of {@link ParquetCodec#refusal} for anything but zstd or snappy. */
    public static ParquetCodec parquetCodec(String value, String where) {
        if (value == null) {
            return ParquetCodec.DEFAULT;
        }
        return ParquetCodec.parse(value).orElseThrow(() -> new JobFileException(ParquetCodec.refusal(where, value)));
    }

    /** Which datasets to share child by child (each one the product declares transforms for) and the key's file. */
    private static ShareableRequest shareable(Map<?, ?> map, String where) {
        checkKeys(map, SHAREABLE, where);
        List<String> childLevel = new java.util.ArrayList<>();
        Object node = map.get("child_level");
        List<?> names = node == null ? List.of() : node instanceof List<?> list ? list
                : List.of(String.valueOf(node).split(","));
        for (Object name : names) {
            String dataset = String.valueOf(name).strip();
            if (!ChildLevelColumns.datasets().contains(dataset)) {
                throw new JobFileException(where + ".child_level: '" + dataset + "' is not a dataset that can be shared"
                        + " child by child; choose from " + String.join(", ", ChildLevelColumns.datasets()) + ".");
            }
            if (!childLevel.contains(dataset)) {
                childLevel.add(dataset);
            }
        }
        return new ShareableRequest(childLevel, Optional.ofNullable(string(map, "key_file", where)).map(Path::of));
    }

    /** true or false (YAML's spelling); absent is false. */
    private static boolean yesNo(Map<?, ?> map, String key, String where) {
        String v = string(map, key, where);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new JobFileException(where + ", key " + key + ": expected true or false, found '" + v + "'.");
    }

    public static String region(String value, String where) {
        if (!Benchmarks.REGIONS.contains(value)) {
            throw new JobFileException(where + ": region '" + value + "' is not one of "
                    + String.join(", ", Benchmarks.REGIONS) + ".");
        }
        return value;
    }

    private static Population population(Map<?, ?> map, String where) {
        checkKeys(map, POPULATION, where);
        Object total = map.get("aged_0_to_17");
        if (total == null) {
            throw new JobFileException(where + ": needs aged_0_to_17, the ONS mid-year estimate of children aged 0 to 17.");
        }
        Map<String, Long> bands = new java.util.LinkedHashMap<>();
        if (map.get("by_age_band") != null) {
            for (Map.Entry<?, ?> e : mapping(map.get("by_age_band"), where + ".by_age_band").entrySet()) {
                String band = String.valueOf(e.getKey());
                if (!uk.chatbatch.indicators.AgeBands.BANDS.contains(band) || band.equals("unknown")) {
                    throw new JobFileException(where + ".by_age_band: '" + band + "' is not a DfE age band ("
                            + String.join(", ", uk.chatbatch.indicators.AgeBands.BANDS) + ").");
                }
                bands.put(band, count(e.getValue(), where + ".by_age_band." + band));
            }
        }
        Map<String, Long> groups = new java.util.LinkedHashMap<>();
        if (map.get("by_ethnic_group") != null) {
            for (Map.Entry<?, ?> e : mapping(map.get("by_ethnic_group"), where + ".by_ethnic_group").entrySet()) {
                String group = String.valueOf(e.getKey());
                if (!uk.chatbatch.indicators.EthnicGroups.GROUPS.contains(group) || group.equals("unknown")) {
                    throw new JobFileException(where + ".by_ethnic_group: '" + group + "' is not one of the catalogue's"
                            + " ethnic groups (White, Mixed, Asian, Black, Other, Refused or not obtained).");
                }
                groups.put(group, count(e.getValue(), where + ".by_ethnic_group." + group));
            }
        }
        return new Population(java.util.OptionalLong.of(count(total, where + ".aged_0_to_17")), bands, groups);
    }

    /** A population count as the job file or the command line gives it ("63000", "63,000"). */
    public static long populationCount(Object value, String where) {
        return count(value, where);
    }

    private static long count(Object value, String where) {
        String s = String.valueOf(value).replace(",", "").strip();
        if (!s.matches("\\d{1,9}") || Long.parseLong(s) == 0) {
            throw new JobFileException(where + ": '" + value + "' is not a population count.");
        }
        return Long.parseLong(s);
    }

    /** Every *.yml / *.yaml job file in a folder, sorted by name. */
    public static List<JobDefinition> loadAll(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted().map(JobFileLoader::load).toList();
        } catch (IOException e) {
            throw new JobFileException(folder + ": the jobs folder cannot be read (" + e.getMessage() + ").");
        }
    }

    public static String laCode(String value, String where) {
        if (value == null) {
            throw new JobFileException(where + ": the LA code is missing (key la_code, or --la).");
        }
        try {
            return LocalAuthorities.bundled().dfeCode(value);
        } catch (IllegalArgumentException e) {
            throw new JobFileException(where + ": " + e.getMessage());
        }
    }

    /** The LA's name from the bundled table, or "LA 999" for a code the table does not hold. */
    public static String defaultLaName(String dfeCode) {
        return LocalAuthorities.bundled().byDfeCode(dfeCode).map(LocalAuthorities.LocalAuthority::name)
                .orElse("LA " + dfeCode);
    }

    /** The LA's region from the bundled table, for the benchmarks; empty for a code the table does not hold. */
    public static Optional<String> defaultRegion(String dfeCode) {
        return LocalAuthorities.bundled().byDfeCode(dfeCode).map(LocalAuthorities.LocalAuthority::region)
                .filter(Benchmarks.REGIONS::contains);
    }

    public static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new JobFileException(where + ": '" + value + "' is not a date in the form yyyy-mm-dd.");
        }
    }

    public static String cron(String value, String where) {
        try {
            CronExpression.parse(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new JobFileException(where + ": '" + value + "' is not a cron expression ("
                    + e.getMessage() + "); use six fields: second minute hour day month weekday.");
        }
    }

    static void checkKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new JobFileException(where + ": unknown key '" + key + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ").");
            }
        }
    }

    static Map<?, ?> mapping(Object node, String where) {
        if (node instanceof Map<?, ?> m) {
            return m;
        }
        throw new JobFileException(where + ": expected nested keys, found '" + node + "'.");
    }

    static String string(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            // SnakeYAML reads an unquoted 2026-09-30 as a timestamp at UTC midnight.
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        if (v instanceof Map || v instanceof List) {
            throw new JobFileException(where + ", key " + key + ": expected a single value.");
        }
        return String.valueOf(v);
    }

    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
