package uk.chatbatch.datasets;

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
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.opendata.OpenDataKeys;
import uk.chatbatch.opendata.TimeKey;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
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
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("indicator_id", ColumnType.STRING,
                    "The indicator's stable id in the catalogue (indicator-catalogue.md), such as ASM-02"),
            ColumnDef.of("indicator_title", ColumnType.STRING,
                    "The indicator's title"),
            ColumnDef.key("breakdown", ColumnType.STRING,
                    "The breakdown the row is for, such as age_band; \"all\" for the whole population"),
            ColumnDef.key("breakdown_value", ColumnType.STRING,
                    "The breakdown's value, such as 10-15; \"all\" for the whole population"),
            ColumnDef.of("numerator", ColumnType.INT64,
                    "The count of children or records meeting the indicator's condition").inUnit("children or records"),
            ColumnDef.of("denominator", ColumnType.INT64,
                    "The count the numerator is taken from; empty for a count indicator").inUnit("children or records"),
            ColumnDef.of("value", ColumnType.DOUBLE,
                    "The figure: a count, a percentage from 0 to 100, a rate or a number of days, as the unit column says").inUnit("as the row's unit column"),
            ColumnDef.of("unit", ColumnType.STRING,
                    "What value measures: count, percent, per 10,000 children or days"),
            ColumnDef.of("polarity", ColumnType.STRING,
                    "How to read a higher value: higher_is_better, lower_is_better, contextual or in_a_band"),
            ColumnDef.of("status", ColumnType.STRING,
                    "computed, or why not: list_not_supplied, list_skipped, population_not_configured, reference_not_configured, no_cases or failed"),
            ColumnDef.of("status_message", ColumnType.STRING,
                    "Why the indicator was not computed, in words"),
            ColumnDef.of("source_list", ColumnType.STRING,
                    "The Annex A lists or return tables the indicator reads"),
            ColumnDef.of("settings", ColumnType.STRING,
                    "The named settings the figure was computed with (catalogue [decision] choices)"),
            ColumnDef.of("england_value", ColumnType.DOUBLE,
                    "England's published figure for the indicator, where the bundled benchmarks have it").inUnit("as benchmark_unit"),
            ColumnDef.of("england_year", ColumnType.STRING,
                    "The year of England's figure"),
            ColumnDef.of("region", ColumnType.STRING,
                    "The region whose figure is given (the run's benchmark region)"),
            ColumnDef.of("region_value", ColumnType.DOUBLE,
                    "The region's published figure").inUnit("as benchmark_unit"),
            ColumnDef.of("region_year", ColumnType.STRING,
                    "The year of the region's figure"),
            ColumnDef.of("benchmark_unit", ColumnType.STRING,
                    "The unit of the England and region figures"),
            ColumnDef.of("benchmarks_version", ColumnType.STRING,
                    "The version of the bundled benchmarks file"),
            ColumnDef.of("catalogue_version", ColumnType.STRING,
                    "The indicator catalogue's version the figures were computed with"),
            ColumnDef.of("run_id", ColumnType.INT64,
                    "The job repository's execution id of the run (restarts at 1 in every output folder; the footer's chat_batch.run_uuid is unique)"),
            // The DfE open data standards' time and geography columns (uk.chatbatch.opendata), last so that
            // positions above never move.
            ColumnDef.of("time_period", ColumnType.INT32,
                    "DfE open data time_period: the year of the period end's month, or the reporting year (year ending 31 March) of an indicator on a collection year"),
            ColumnDef.of("time_identifier", ColumnType.STRING,
                    "DfE open data time_identifier: the month of the period end (e.g. September), or Reporting year"),
            ColumnDef.of("geographic_level", ColumnType.STRING, "DfE open data geographic_level: Local authority"),
            ColumnDef.of("country_code", ColumnType.STRING, "The country's ONS code: E92000001"),
            ColumnDef.of("country_name", ColumnType.STRING, "The country: England"),
            ColumnDef.of("old_la_code", ColumnType.STRING, "The LA's DfE three-digit code (as la_code)"),
            ColumnDef.of("new_la_code", ColumnType.STRING,
                    "The LA's ONS (GSS) code in force at the period end; empty for a synthetic LA (990 to 999)"),
            ColumnDef.of("la_name", ColumnType.STRING, "The LA's name, from the DfE's LA table (the job's name for a synthetic LA)"),
            ColumnDef.of("region_code", ColumnType.STRING, "The LA's region's ONS code (E12...)"),
            ColumnDef.of("region_name", ColumnType.STRING, "The LA's region's name")));

    /**
     * What every row of one run shares besides the indicator: where, when, with which settings and comparators.
     *
     * @param region the region whose benchmarks sit beside England's
     * @param place  the LA's open data keys at the month of the period end (an indicator on a collection year moves
     *               them to its reporting year)
     */
    public record RunFacts(LaPeriod key, long runId, IndicatorSettings settings,
                           Optional<String> region, Benchmarks benchmarks, OpenDataKeys place) {

        /** The place from the LA table, for an LA the job does not name (the table's name, else "LA <code>"). */
        public RunFacts(LaPeriod key, long runId, IndicatorSettings settings,
                        Optional<String> region, Benchmarks benchmarks) {
            this(key, runId, settings, region, benchmarks, OpenDataKeys.forRun(key, "LA " + key.laCode(), region));
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
        Object[] own = {facts.key().laCode(), facts.key().periodEnd(), m.id(), m.title(), breakdown, breakdownValue,
                numerator, denominator, value, m.unit().label(), m.polarity().column(), result.status().column(),
                result.message(), m.sourceLabel(), facts.settings().describe(m.settings()),
                england.map(Benchmark::value).orElse(null), england.map(Benchmark::year).orElse(null),
                facts.region().orElse(null), region.map(Benchmark::value).orElse(null),
                region.map(Benchmark::year).orElse(null),
                england.or(() -> region).map(Benchmark::unit).orElse(null), Benchmarks.VERSION, CATALOGUE_VERSION,
                facts.runId()};
        Object[] keys = facts.place().at(TimeKey.of(m, facts.key().periodEnd())).values();
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
