package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.Unit;

/**
 * How every page prints a benchmark: its value and year, and in words whether it is more than
 * {@value ReportModel#OLD_BENCHMARK_YEARS} years older than the period, from a secondary source, or unverified,
 * so a reader never takes such a figure for DfE's latest. Also the adoption scorecard's thresholds beside the
 * measures they apply to.
 */
final class BenchmarkText {

    /** The scorecard's thresholds by the measure they apply to: A1 and A10 share one (ADO-01T), A2 has its own. */
    static final Map<String, String> SCORECARD_THRESHOLDS = Map.of("ADO-01", "ADO-01T", "ADO-03", "ADO-01T",
            "ADO-02", "ADO-02T");

    private BenchmarkText() {
    }

    /** "England 85.0% (2019, more than 3 years old, secondary source)". */
    static String of(String geography, Benchmark b, Unit unit, int periodYear) {
        return geography + " " + valueAndYear(b, unit, periodYear);
    }

    /** "85.0% (2019, more than 3 years old, secondary source)". */
    static String valueAndYear(Benchmark b, Unit unit, int periodYear) {
        List<String> said = new ArrayList<>();
        said.add(b.year());
        if (isOld(b, periodYear)) {
            said.add("more than " + ReportModel.OLD_BENCHMARK_YEARS + " years old");
        }
        if (b.isSecondary()) {
            said.add("secondary source");
        }
        if (b.isUnverified()) {
            said.add("unverified");
        }
        return Formats.benchmark(b.value(), unit) + " (" + String.join(", ", said) + ")";
    }

    static boolean isOld(Benchmark b, int periodYear) {
        return b.lastYear() < periodYear - ReportModel.OLD_BENCHMARK_YEARS;
    }

    /** "Scorecard threshold 426 days (2016-2019); above it" for A1, A2 and A10 when the LA's figure is known. */
    static Optional<String> scorecard(ShownResult r, Benchmarks benchmarks) {
        String id = SCORECARD_THRESHOLDS.get(r.id());
        if (id == null) {
            return Optional.empty();
        }
        return benchmarks.threshold(id).map(t -> {
            String text = "Scorecard threshold " + Formats.benchmark(t.value(), Unit.DAYS) + " (" + t.year() + ")";
            Optional<Double> la = r.headline().filter(h -> !h.suppressed()).map(Shown::value);
            return la.map(v -> text + (v > t.value() ? "; above it" : "; within it")).orElse(text);
        });
    }
}
