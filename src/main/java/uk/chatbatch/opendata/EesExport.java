package uk.chatbatch.opendata;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.output.TableData;

/**
 * The shareable indicators as files Explore Education Statistics (the DfE's statistics platform) takes: a UTF-8
 * CSV and its {@code .meta.csv} per kind of time identifier, following the DfE's open data standards (analysts'
 * guide, "Open Data Standards"; the rules its screener, dfe-published-data-qa, applies).
 *
 * <p>Made from the rows of the shareable indicators dataset as they are: the small-number rule has already been
 * applied there ({@code uk.chatbatch.disclosure}, through the shareable report's own view), so a withheld figure
 * here is that row's withheld figure, never judged again.
 *
 * <p>The choices the standard leaves open:
 * <ul>
 * <li>One file per kind of time identifier, never mixed: {@link #MONTH_FILE} holds every figure of the run's
 * month (the ChAT windows, whatever the source), {@link #REPORTING_YEAR_FILE} the figures on a return's
 * collection year (see {@link TimeKey}).</li>
 * <li>Filters: {@code indicator} (the catalogue's id) grouped by {@code indicator_title}; and, since the file has
 * no cross-tabulations (each breakdown is one-way), the pair {@code breakdown_topic} / {@code breakdown} the
 * standard allows for several one-way breakdowns, with "Total" / "Total" for everyone. A filter with one level
 * in a file is not described in its meta (the screener asks for two or more).</li>
 * <li>Indicators: one column per kind of measure, named {@code {title}_{type}}: {@code figure_count},
 * {@code figure_percent}, {@code figure_rate_per_10000}, {@code figure_days}, then what the figure rests on,
 * {@code numerator_count} and {@code denominator_count}. A median's duration bands are shares of the records
 * measured, so they are percentages.</li>
 * <li>Symbols (GSS): {@code c} where the small-number rule withholds a figure, {@code x} where the indicator was
 * not computed (its list or return not supplied, no population, failed), {@code z} where a number does not apply
 * (a column of another kind of measure, a percentage or median of no cases). A true zero is 0.</li>
 * </ul>
 * No row names a child, team or worker: the shareable dataset holds no identifier and leaves out every breakdown
 * that names staff, and the export refuses a row of such a breakdown rather than write it.
 */
public final class EesExport {

    /** The folder of the export: {@code shareable/ees/la=<code>/period=<date>/}, published like a dataset. */
    public static final String DATASET = "ees";
    public static final String MONTH_FILE = "chat-indicators";
    public static final String REPORTING_YEAR_FILE = "chat-indicators-reporting-year";
    public static final String TOTAL = "Total";

    public static final String SUPPRESSED = "c";
    public static final String NOT_COMPUTED = "x";
    public static final String NOT_APPLICABLE = "z";

    /** The columns of a meta file, as the standard names them. */
    public static final List<String> META_COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
            "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");

    /** The mandatory time and geography columns first, as at LA level: the screener's observational units. */
    public static final List<String> OBSERVATIONAL_UNITS = List.of("time_period", "time_identifier",
            "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code",
            "new_la_code", "la_name");

    /** One line of a meta file. */
    public record MetaRow(String colName, String colType, String label, String indicatorGrouping,
                          String indicatorUnit, String indicatorDp, String filterHint, String filterGroupingColumn) {

        List<String> cells() {
            return List.of(colName, colType, label, indicatorGrouping, indicatorUnit, indicatorDp, filterHint,
                    filterGroupingColumn);
        }
    }

    /** One exported file: its name (without {@code .csv}), header, rows and meta. */
    public record ExportFile(String name, List<String> header, List<List<String>> rows, List<MetaRow> meta) {
    }

    /** The kinds of measure, each with its own indicator column. */
    enum Measure {
        COUNT("figure_count", "Count", "", 0),
        PERCENT("figure_percent", "Percentage", "%", 1),
        RATE("figure_rate_per_10000", "Rate per 10,000 children aged 0 to 17", "", 1),
        DAYS("figure_days", "Days (median or mean, as the indicator says)", "", 1);

        final String column;
        final String label;
        final String unit;
        final int dp;

        Measure(String column, String label, String unit, int dp) {
            this.column = column;
            this.label = label;
            this.unit = unit;
            this.dp = dp;
        }

        /** The measure of one row: the indicator's unit, except a median's duration bands, which are shares. */
        static Measure of(IndicatorMetadata m, String breakdown) {
            return switch (m.unit()) {
                case COUNT -> COUNT;
                case PERCENT -> PERCENT;
                case RATE_PER_10000 -> RATE;
                case DAYS -> m.declaredBreakdown(breakdown).filter(b -> b.kind() == BreakdownKind.BANDS).isPresent()
                        ? PERCENT : DAYS;
            };
        }

        /** Whether a denominator is part of the figure (a median's rests on its numerator alone). */
        boolean hasDenominator() {
            return this == PERCENT || this == RATE;
        }
    }

    static final String NUMERATOR = "numerator_count";
    static final String DENOMINATOR = "denominator_count";

    private static final List<String> FILTERS = List.of("indicator_title", "indicator", "breakdown_topic",
            "breakdown");
    private static final List<String> INDICATORS = List.of(Measure.COUNT.column, Measure.PERCENT.column,
            Measure.RATE.column, Measure.DAYS.column, NUMERATOR, DENOMINATOR);

    private EesExport() {
    }

    /**
     * The files of one run's shareable indicators: the month's file, then the reporting year's, each only when it
     * has rows.
     *
     * @param shareable the shareable indicators dataset's rows (its schema names the columns read)
     * @param catalogue an indicator's metadata by its id
     * @throws IllegalStateException when a row is of an indicator the catalogue does not hold, or of a breakdown
     *         that names staff: the export is then not written
     */
    public static List<ExportFile> of(TableData shareable,
                                      Function<String, Optional<IndicatorMetadata>> catalogue) {
        Map<Boolean, List<List<String>>> byKind = new LinkedHashMap<>();
        byKind.put(false, new ArrayList<>());
        byKind.put(true, new ArrayList<>());
        for (int r = 0; r < shareable.rowCount(); r++) {
            String id = (String) shareable.value(r, "indicator_id");
            IndicatorMetadata m = catalogue.apply(id).orElseThrow(() -> new IllegalStateException("indicator " + id
                    + " is not in the catalogue, so what its figures measure is not known"));
            String breakdown = (String) shareable.value(r, "breakdown");
            if (m.namesStaff(breakdown)) {
                throw new IllegalStateException(id + "'s breakdown by " + breakdown + " names staff and is never"
                        + " shared");
            }
            boolean reportingYear = TimeKey.REPORTING_YEAR.equals(shareable.value(r, "time_identifier"));
            byKind.get(reportingYear).add(row(shareable, r, Measure.of(m, breakdown)));
        }
        List<ExportFile> files = new ArrayList<>();
        for (Map.Entry<Boolean, List<List<String>>> kind : byKind.entrySet()) {
            if (!kind.getValue().isEmpty()) {
                List<String> header = new ArrayList<>(OBSERVATIONAL_UNITS);
                header.addAll(FILTERS);
                header.addAll(INDICATORS);
                files.add(new ExportFile(kind.getKey() ? REPORTING_YEAR_FILE : MONTH_FILE, header, kind.getValue(),
                        meta(header, kind.getValue())));
            }
        }
        return files;
    }

    /** Writes {@code <name>.csv} and {@code <name>.meta.csv} into the folder; returns both paths. */
    public static List<Path> write(ExportFile file, Path folder) throws IOException {
        Path data = folder.resolve(file.name() + ".csv");
        Path meta = folder.resolve(file.name() + ".meta.csv");
        try (CsvWriter csv = CsvWriter.builder().build(data, StandardCharsets.UTF_8)) {
            csv.writeRecord(file.header());
            for (List<String> row : file.rows()) {
                csv.writeRecord(row);
            }
        }
        try (CsvWriter csv = CsvWriter.builder().build(meta, StandardCharsets.UTF_8)) {
            csv.writeRecord(META_COLUMNS);
            for (MetaRow row : file.meta()) {
                csv.writeRecord(row.cells());
            }
        }
        return List.of(data, meta);
    }

    private static List<String> row(TableData t, int r, Measure measure) {
        List<String> cells = new ArrayList<>();
        for (String column : OBSERVATIONAL_UNITS) {
            Object v = t.value(r, column);
            cells.add(v == null ? "" : v.toString());
        }
        boolean all = IndicatorValue.ALL.equals(t.value(r, "breakdown"));
        cells.add((String) t.value(r, "indicator_title"));
        cells.add((String) t.value(r, "indicator_id"));
        cells.add(all ? TOTAL : (String) t.value(r, "breakdown"));
        cells.add(all ? TOTAL : (String) t.value(r, "breakdown_value"));

        String status = (String) t.value(r, "status");
        boolean computed = IndicatorStatus.COMPUTED.column().equals(status)
                || IndicatorStatus.NO_CASES.column().equals(status);
        boolean withheld = Boolean.TRUE.equals(t.value(r, "suppressed"));
        for (Measure m : Measure.values()) {
            cells.add(m == measure ? cell(t.value(r, "value"), computed, withheld) : NOT_APPLICABLE);
        }
        cells.add(cell(t.value(r, "numerator"), computed, withheld));
        cells.add(measure.hasDenominator() ? cell(t.value(r, "denominator"), computed, withheld) : NOT_APPLICABLE);
        return cells;
    }

    /** A number, or the GSS symbol saying why there is none. */
    private static String cell(Object value, boolean computed, boolean withheld) {
        if (!computed) {
            return NOT_COMPUTED;
        }
        if (withheld) {
            return SUPPRESSED;
        }
        if (value == null) {
            // computed, shown, and still empty: nothing to measure (a percentage or median of no cases)
            return NOT_APPLICABLE;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() : NOT_COMPUTED;
        }
        return value.toString();
    }

    /** Every filter with two or more levels in the file, then every indicator column. */
    private static List<MetaRow> meta(List<String> header, List<List<String>> rows) {
        List<MetaRow> meta = new ArrayList<>();
        if (levels(header, rows, "indicator") > 1) {
            meta.add(new MetaRow("indicator", "Filter", "Indicator", "", "", "",
                    "The indicator's id in the product's catalogue, under its title", "indicator_title"));
        }
        if (levels(header, rows, "breakdown") > 1) {
            meta.add(new MetaRow("breakdown", "Filter", "Breakdown", "", "", "",
                    "A group of one breakdown at a time; Total is everyone", "breakdown_topic"));
        }
        for (Measure m : Measure.values()) {
            meta.add(new MetaRow(m.column, "Indicator", m.label, "Figure", m.unit, Integer.toString(m.dp), "", ""));
        }
        meta.add(new MetaRow(NUMERATOR, "Indicator", "Numerator (for a median, the records measured)",
                "What the figure rests on", "", "0", "", ""));
        meta.add(new MetaRow(DENOMINATOR, "Indicator", "Denominator (for a rate, the population)",
                "What the figure rests on", "", "0", "", ""));
        return meta;
    }

    private static int levels(List<String> header, List<List<String>> rows, String column) {
        int at = header.indexOf(column);
        Set<String> levels = new LinkedHashSet<>();
        rows.forEach(row -> levels.add(row.get(at)));
        return levels.size();
    }
}
