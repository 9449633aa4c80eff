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
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmarks whose id names no indicator, each declared as data (benchmark-measures.csv beside the benchmarks):
 * which indicator, breakdown group and statistic gives the LA's comparable figure, and on what basis; or, where the
 * product has no such measure, why it is not compared. A new benchmark of this kind is one row in that file.
 */
public final class BenchmarkMeasures {

    private static final String RESOURCE = "benchmark-measures.csv";
    private static final List<BenchmarkMeasure> BUNDLED = load();

    private BenchmarkMeasures() {
    }

    public static List<BenchmarkMeasure> bundled() {
        return BUNDLED;
    }

    /** The benchmark a measure is set against: the latest row of its id and unit for the geography. */
    public static Optional<Benchmark> benchmark(BenchmarkMeasure measure, Benchmarks benchmarks, String geography) {
        return benchmarks.all().stream()
                .filter(b -> b.indicatorId().equals(measure.benchmarkId()) && b.geography().equals(geography)
                        && b.unit().equals(measure.benchmarkUnit()) && !b.status().equals(Benchmark.THRESHOLD))
                .max(Comparator.comparingInt(Benchmark::lastYear));
    }

    private static List<BenchmarkMeasure> load() {
        try (InputStream in = BenchmarkMeasures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + RESOURCE + " is missing from the product");
            }
            List<BenchmarkMeasure> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (NamedCsvRecord r : reader) {
                    String statistic = r.getField("statistic");
                    rows.add(new BenchmarkMeasure(r.getField("benchmark_id"), r.getField("benchmark_unit"),
                            r.getField("title"), r.getField("indicator_id"), r.getField("breakdown"),
                            r.getField("category"), statistic.isEmpty() ? Optional.empty()
                            : Optional.of(BenchmarkMeasure.Statistic.valueOf(statistic.toUpperCase(Locale.ROOT))),
                            r.getField("basis"), r.getField("not_compared_because")));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
