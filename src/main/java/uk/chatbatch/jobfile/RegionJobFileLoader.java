package uk.chatbatch.jobfile;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.chatbatch.region.LaInputFolders;

/**
 * Reads a job file for several LAs. Each LA's job is built by {@link JobFileLoader} from the shared keys plus
 * that LA's own, so every key means and is checked exactly as in a single-LA job file.
 *
 * <pre>
 * period_end: 2026-09-30
 * output: output
 * parallel_las: 2                   # LAs run at once (default: the number of cores)
 * inputs_by_la: input/region        # one sub-folder per LA code (see LaInputFolders)
 * las:                              # and/or each LA listed with its inputs
 *   - la_code: "391"
 *     la_name: Newcastle upon Tyne
 *     inputs: {annex_a: input/391/annex-a.xlsx, ssda903: input/391/903}
 *     population: {aged_0_to_17: 63000}
 *   - la_code: E08000022          # an LA whose extracts are in inputs_by_la: name and population only
 *     population: {aged_0_to_17: 41000}
 * region: North East                # shared keys: settings, reports, reference, shareable, parquet_codec and
 *                                   # job_repository_url too
 * </pre>
 */
public final class RegionJobFileLoader {

    static final String LAS = "las";
    static final String INPUTS_BY_LA = "inputs_by_la";
    static final String PARALLEL_LAS = "parallel_las";
    private static final Set<String> TOP = Set.of(LAS, INPUTS_BY_LA, PARALLEL_LAS, "period_end", "output",
            "job_repository_url", "region", "settings", "reports", "reference", "shareable", "parquet_codec",
            "synthetic_data");
    /** Keys every LA shares, handed to each LA's job as they are. */
    private static final Set<String> SHARED = Set.of("period_end", "output", "job_repository_url", "region", "settings",
            "reports", "reference", "shareable", "parquet_codec", "synthetic_data");
    /** An LA's own shareable (its own key file, say) replaces the shared one. */
    private static final Set<String> PER_LA = Set.of("la_code", "la_name", "inputs", "population", "region",
            "shareable", "synthetic_data");

    private RegionJobFileLoader() {
    }

    /** Whether a job file's mapping asks for several LAs. */
    public static boolean isRegion(Map<?, ?> map) {
        return map.containsKey(LAS) || map.containsKey(INPUTS_BY_LA);
    }

    public static boolean isRegion(Path file) {
        return isRegion(JobFileLoader.yaml(file));
    }

    /** The job file's mapping, to which the command line's options are then applied. */
    public static Map<String, Object> read(Path file) {
        Map<String, Object> top = new LinkedHashMap<>();
        JobFileLoader.yaml(file).forEach((k, v) -> top.put(String.valueOf(k), v));
        return top;
    }

    /**
     * The region job from the job file's mapping (with the command line's options applied), every LA's key and
     * inputs checked by {@link RunKey} at the period end.
     *
     * @param notes told each note of the check (a name the LA table overrides, a replaced ONS code)
     */
    public static RegionJobDefinition fromMap(Map<String, Object> top, String where, String name, Clock clock,
                                              Consumer<String> notes) {
        JobFileLoader.checkKeys(top, TOP, where);
        if (top.get("period_end") == null) {
            throw new JobFileException(where + ": no period end; give period_end in the job file or --period-end.");
        }
        Map<String, Object> shared = new LinkedHashMap<>();
        SHARED.forEach(key -> Optional.ofNullable(top.get(key)).ifPresent(v -> shared.put(key, v)));

        Map<String, LaInputFolders.LaFolder> folders = Map.of();
        Object byLa = top.get(INPUTS_BY_LA);
        if (byLa != null) {
            try {
                folders = LaInputFolders.scan(Path.of(JobFileLoader.string(top, INPUTS_BY_LA, where)));
            } catch (LaInputFolders.LayoutException e) {
                throw new JobFileException(e.getMessage());
            }
        }
        Map<String, JobDefinition> las = new TreeMap<>();
        Map<String, LaInputFolders.LaFolder> unlisted = new TreeMap<>(folders);
        if (top.get(LAS) != null) {
            if (!(top.get(LAS) instanceof List<?> entries) || entries.isEmpty()) {
                throw new JobFileException(where + ", key las: expected a list of LAs, each with la_code and inputs.");
            }
            for (int i = 0; i < entries.size(); i++) {
                String at = where + ", las[" + (i + 1) + "]";
                Map<?, ?> entry = JobFileLoader.mapping(entries.get(i), at);
                JobFileLoader.checkKeys(entry, PER_LA, at);
                String code = JobFileLoader.laCode(JobFileLoader.string(entry, "la_code", at), at);
                Map<String, Object> merged = new LinkedHashMap<>(shared);
                entry.forEach((k, v) -> merged.put(String.valueOf(k), v));
                LaInputFolders.LaFolder folder = unlisted.remove(code);
                if (folder != null) {
                    merged.put("inputs", withFolderInputs(entry.get("inputs"), folder, at));
                } else if (entry.get("inputs") == null) {
                    throw new JobFileException(at + ": LA " + code + " has no inputs; give inputs, or a folder named "
                            + code + " under inputs_by_la.");
                }
                add(las, checked(JobFileLoader.fromMap(merged, at, name), at, clock, notes), at);
            }
        }
        for (LaInputFolders.LaFolder folder : unlisted.values()) {
            Map<String, Object> merged = new LinkedHashMap<>(shared);
            // The folder's own name (an ONS code, perhaps), so the check sees the code as the user gave it.
            merged.put("la_code", folder.folder().getFileName().toString().toUpperCase(java.util.Locale.ROOT));
            merged.put("inputs", withFolderInputs(null, folder, folder.folder().toString()));
            String at = folder.folder().toString();
            add(las, checked(JobFileLoader.fromMap(merged, at, name), at, clock, notes), at);
        }
        JobDefinition first = las.values().iterator().next();
        return new RegionJobDefinition(name, new ArrayList<>(las.values()), first.periodEnd().orElseThrow(),
                first.output(), first.jdbcUrl(), parallelLas(top, where));
    }

    private static JobDefinition checked(JobDefinition la, String where, Clock clock, Consumer<String> notes) {
        RunKey.Checked checked = RunKey.check(la, where, clock);
        checked.notes().forEach(notes);
        return checked.job();
    }

    /** The folder's inputs; the job file may add accept_other_la_or_year but not name other files. */
    private static Map<String, Object> withFolderInputs(Object given, LaInputFolders.LaFolder folder, String where) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (given != null) {
            Map<?, ?> map = JobFileLoader.mapping(given, where + ", key inputs");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!"accept_other_la_or_year".equals(String.valueOf(e.getKey()))) {
                    throw new JobFileException(where + ": LA " + folder.dfeCode() + " has inputs both in the job file ("
                            + e.getKey() + ") and in its folder " + folder.folder() + "; give them in one place.");
                }
                inputs.put(String.valueOf(e.getKey()), e.getValue());
            }
        }
        folder.annexA().ifPresent(p -> inputs.put("annex_a", p.toString()));
        folder.ssda903().ifPresent(p -> inputs.put("ssda903", p.toString()));
        folder.cin().ifPresent(p -> inputs.put("cin", p.toString()));
        return inputs;
    }

    private static void add(Map<String, JobDefinition> las, JobDefinition la, String where) {
        if (las.putIfAbsent(la.laCode(), la) != null) {
            throw new JobFileException(where + ": LA " + la.laCode() + " is listed twice.");
        }
    }

    private static Optional<Integer> parallelLas(Map<String, Object> top, String where) {
        String value = JobFileLoader.string(top, PARALLEL_LAS, where);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(parallelLas(value, where + ", key " + PARALLEL_LAS));
    }

    /** A count of LAs to run at once: a whole number from 1. */
    public static int parallelLas(String value, String where) {
        if (!value.strip().matches("\\d{1,3}") || Integer.parseInt(value.strip()) == 0) {
            throw new JobFileException(where + ": '" + value + "' is not a number of LAs to run at once (1 or more).");
        }
        return Integer.parseInt(value.strip());
    }
}
