package uk.chatbatch.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.opendata.OpenDataKeys;
import uk.chatbatch.opendata.TimeKey;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.ColumnType;
import uk.chatbatch.output.TableSchema;

/**
 * The tidy indicators dataset: one row per indicator and breakdown value. The whole population has
 * breakdown = 'all' and breakdown_value = 'all'. Counts have value = numerator and no denominator;
 * percentages are 0 to 100. An indicator that was not computed has one row with its status and
 * status_message and empty numbers, never a zero. Every row ends with the DfE open data standards' time and
 * geography columns ({@link OpenDataKeys}, {@link TimeKey#of}), so it joins to DfE files on {@code new_la_code}
 * and {@code time_period}.
 */
public final class IndicatorsDataset {

    public static final String NAME = "indicators";
    /** Bumped when an indicator's definition changes, so figures from different versions are not mixed unknowingly. */
    public static final String CATALOGUE_VERSION = "2026.11-1";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            new ColumnDef("la_code", ColumnType.STRING),
            new ColumnDef("period_end", ColumnType.DATE),
            new ColumnDef("indicator_id", ColumnType.STRING),
            new ColumnDef("indicator_title", ColumnType.STRING),
            new ColumnDef("breakdown", ColumnType.STRING),
            new ColumnDef("breakdown_value", ColumnType.STRING),
            new ColumnDef("numerator", ColumnType.INT64),
            new ColumnDef("denominator", ColumnType.INT64),
            new ColumnDef("value", ColumnType.DOUBLE),
            new ColumnDef("unit", ColumnType.STRING),
            new ColumnDef("polarity", ColumnType.STRING),
            new ColumnDef("status", ColumnType.STRING),
            new ColumnDef("status_message", ColumnType.STRING),
            new ColumnDef("source_list", ColumnType.STRING),
            new ColumnDef("settings", ColumnType.STRING),
            new ColumnDef("england_value", ColumnType.DOUBLE),
            new ColumnDef("england_year", ColumnType.STRING),
            new ColumnDef("region", ColumnType.STRING),
            new ColumnDef("region_value", ColumnType.DOUBLE),
            new ColumnDef("region_year", ColumnType.STRING),
            new ColumnDef("benchmark_unit", ColumnType.STRING),
            new ColumnDef("benchmarks_version", ColumnType.STRING),
            new ColumnDef("catalogue_version", ColumnType.STRING),
            new ColumnDef("run_id", ColumnType.INT64),
            // The DfE open data standards' time and geography columns (uk.chatbatch.opendata), last so that
            // positions above never move.
            new ColumnDef("time_period", ColumnType.INT32),
            new ColumnDef("time_identifier", ColumnType.STRING),
            new ColumnDef("geographic_level", ColumnType.STRING),
            new ColumnDef("country_code", ColumnType.STRING),
            new ColumnDef("country_name", ColumnType.STRING),
            new ColumnDef("old_la_code", ColumnType.STRING),
            new ColumnDef("new_la_code", ColumnType.STRING),
            new ColumnDef("la_name", ColumnType.STRING),
            new ColumnDef("region_code", ColumnType.STRING),
            new ColumnDef("region_name", ColumnType.STRING)));

    /**
     * What every row of one run shares besides the indicator: where, when, with which settings and comparators.
     *
     * @param region the region whose benchmarks sit beside England's
     * @param place  the LA's open data keys at the month of the period end (an indicator on a collection year moves
     *               them to its reporting year)
     */
    public record RunFacts(String laCode, LocalDate periodEnd, long runId, IndicatorSettings settings,
                           Optional<String> region, Benchmarks benchmarks, OpenDataKeys place) {

        /** The place from the LA table, for an LA the job does not name (the table's name, else "LA <code>"). */
        public RunFacts(String laCode, LocalDate periodEnd, long runId, IndicatorSettings settings,
                        Optional<String> region, Benchmarks benchmarks) {
            this(laCode, periodEnd, runId, settings, region, benchmarks,
                    OpenDataKeys.forRun(laCode, "LA " + laCode, region, periodEnd));
        }
    }

    private IndicatorsDataset() {
    }

    public static List<Object[]> toRows(IndicatorResult result, RunFacts facts) {
        List<Object[]> rows = new ArrayList<>();
        if (result.values().isEmpty()) {
            rows.add(row(result, facts, IndicatorValue.ALL, IndicatorValue.ALL, null, null, null));
        }
        for (IndicatorValue v : result.values()) {
            rows.add(row(result, facts, v.breakdown(), v.breakdownValue(), v.numerator(), v.denominator(), v.value()));
        }
        return rows;
    }

    /** One row of the dataset; also the leading columns of the shareable indicators dataset. */
    public static Object[] row(IndicatorResult result, RunFacts facts, String breakdown, String breakdownValue,
                                Long numerator, Long denominator, Double value) {
        IndicatorMetadata m = result.metadata();
        Optional<Benchmark> england = facts.benchmarks().latest(m.id(), Benchmarks.ENGLAND);
        Optional<Benchmark> region = facts.region().flatMap(r -> facts.benchmarks().latest(m.id(), r));
        Object[] own = {facts.laCode(), facts.periodEnd(), m.id(), m.title(), breakdown, breakdownValue,
                numerator, denominator, value, m.unit().label(), m.polarity().column(), result.status().column(),
                result.message(), m.sourceLabel(), facts.settings().describe(m.settings()),
                england.map(Benchmark::value).orElse(null), england.map(Benchmark::year).orElse(null),
                facts.region().orElse(null), region.map(Benchmark::value).orElse(null),
                region.map(Benchmark::year).orElse(null),
                england.or(() -> region).map(Benchmark::unit).orElse(null), Benchmarks.VERSION, CATALOGUE_VERSION,
                facts.runId()};
        Object[] keys = facts.place().at(TimeKey.of(m, facts.periodEnd())).values();
        Object[] row = Arrays.copyOf(own, own.length + keys.length);
        System.arraycopy(keys, 0, row, own.length, keys.length);
        return row;
    }

    /** Rebuilds results from the dataset's rows, taking each indicator's metadata from the catalogue. */
    public static List<IndicatorResult> fromRows(List<Object[]> rows, Map<String, IndicatorMetadata> catalogue) {
        Map<String, List<Object[]>> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byId.computeIfAbsent((String) row[2], id -> new ArrayList<>()).add(row);
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> entry : byId.entrySet()) {
            IndicatorMetadata metadata = catalogue.get(entry.getKey());
            if (metadata == null) {
                continue;
            }
            Object[] first = entry.getValue().get(0);
            IndicatorStatus status = IndicatorStatus.valueOf(((String) first[11]).toUpperCase(Locale.ROOT));
            List<IndicatorValue> values = new ArrayList<>();
            for (Object[] row : entry.getValue()) {
                if (row[6] != null) {
                    values.add(new IndicatorValue((String) row[4], (String) row[5], (Long) row[6], (Long) row[7],
                            (Double) row[8]));
                }
            }
            results.add(new IndicatorResult(metadata, status, (String) first[12], values));
        }
        return results;
    }
}
