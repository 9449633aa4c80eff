package uk.chatbatch.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * England and regional benchmark values, versioned reference data inside the product
 * (from ../shared/reference/benchmarks.csv). {@link #latest} offers only published or derived values (the
 * indicators dataset carries no status, so nothing else goes there); {@link #latestWithSecondary} also offers,
 * where an indicator has neither, its latest secondary (a press or committee summary of DfE's figure) or
 * unverified value, for the report, which says which it is. Threshold rows (the adoption scorecard's) are offered
 * apart, by {@link #threshold}, never as England's value.
 */
public final class Benchmarks {

    /** Bump with the file name when the reference data is refreshed. */
    public static final String VERSION = "2026-11";
    public static final String ENGLAND = "England";
    /** The nine English regions, as the job file's {@code region:} may name them. */
    public static final List<String> REGIONS = List.of("North East", "North West", "Yorkshire and The Humber",
            "East Midlands", "West Midlands", "East of England", "London", "South East", "South West");
    private static final Set<String> SHOWABLE = Set.of("published", "derived");
    private static final Set<String> CAVEATED = Set.of(Benchmark.SECONDARY, Benchmark.UNVERIFIED);
    private static final String RESOURCE = "benchmarks-" + VERSION + ".csv";
    private static final Benchmarks BUNDLED = load();

    private final List<Benchmark> rows;

    Benchmarks(List<Benchmark> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Benchmarks bundled() {
        return BUNDLED;
    }

    /** The latest published or derived value for an indicator and geography ("England" or a region). */
    public Optional<Benchmark> latest(String indicatorId, String geography) {
        return latest(indicatorId, geography, SHOWABLE);
    }

    /** As {@link #latest}, else the latest secondary or unverified value, whose status the reader must be told. */
    public Optional<Benchmark> latestWithSecondary(String indicatorId, String geography) {
        return latest(indicatorId, geography).or(() -> latest(indicatorId, geography, CAVEATED));
    }

    /** The adoption scorecard's threshold stored under this id (ADO-01T, ADO-02T), if any. */
    public Optional<Benchmark> threshold(String thresholdId) {
        return latest(thresholdId, ENGLAND, Set.of(Benchmark.THRESHOLD));
    }

    private Optional<Benchmark> latest(String indicatorId, String geography, Set<String> statuses) {
        return rows.stream()
                .filter(b -> b.indicatorId().equals(indicatorId) && b.geography().equals(geography))
                .filter(b -> statuses.contains(b.status()))
                .max(Comparator.comparingInt(Benchmark::lastYear));
    }

    public List<Benchmark> all() {
        return rows;
    }

    private static Benchmarks load() {
        try (InputStream in = Benchmarks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("benchmark reference data " + RESOURCE + " is missing from the product");
            }
            List<Benchmark> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (NamedCsvRecord r : reader) {
                    rows.add(new Benchmark(r.getField("indicator_id"), r.getField("geography"),
                            r.getField("year"), Double.parseDouble(r.getField("value")),
                            r.getField("unit"), r.getField("source"), r.getField("status"), r.getField("note")));
                }
            }
            return new Benchmarks(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
