package uk.chatbatch.rollup.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.output.TableData;

/**
 * One LA's whole-population figure for one indicator in the {@code benchmarking} dataset (the row with
 * breakdown = 'all'), with the group's statistics beside it, as the regional report reads it. A suppressed
 * figure has no value; a row that is not compared, or has no figure, has no rank and no band.
 */
record BenchmarkRow(String laCode, String indicatorId, String indicatorTitle, Double value, boolean suppressed,
                    String suppressionReason, boolean compared, String notComparedReason, long groupLaCount, long nLas,
                    Double groupMean, Double groupMedian, Double groupQ1, Double groupQ3, Long rank,
                    Integer quartileBand, Double englandValue, String englandYear, String unitLabel,
                    String polarityColumn) {

    static final String ALL = "all";

    /** Where the LA stands: ranked with a figure, withheld, not compared with the group, or without a figure. */
    enum Standing { RANKED, WITHHELD, NOT_COMPARED, NO_FIGURE }

    Standing standing() {
        if (suppressed) {
            return Standing.WITHHELD;
        }
        if (!compared) {
            return Standing.NOT_COMPARED;
        }
        return rank != null && value != null ? Standing.RANKED : Standing.NO_FIGURE;
    }

    /** The unit the figure is in; empty for a label this version of the product does not know. */
    Optional<Unit> unit() {
        return Arrays.stream(Unit.values()).filter(u -> u.label().equals(unitLabel)).findFirst();
    }

    /** Higher is better unless the row says lower is; the roll-up ranks the other polarities from the highest. */
    Optional<Polarity> polarity() {
        return Arrays.stream(Polarity.values()).filter(p -> p.column().equals(polarityColumn)).findFirst();
    }

    /** The whole-population rows of a benchmarking partition; breakdown rows are not the report's. */
    static java.util.List<BenchmarkRow> headlineRowsOf(TableData table) {
        java.util.List<BenchmarkRow> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!ALL.equals(table.value(r, "breakdown")) || !ALL.equals(table.value(r, "breakdown_value"))) {
                continue;
            }
            rows.add(new BenchmarkRow((String) table.value(r, "la_code"), (String) table.value(r, "indicator_id"),
                    (String) table.value(r, "indicator_title"), (Double) table.value(r, "value"),
                    Boolean.TRUE.equals(table.value(r, "suppressed")), (String) table.value(r, "suppression_reason"),
                    !Boolean.FALSE.equals(table.value(r, "compared")), (String) table.value(r, "not_compared_reason"),
                    longOrZero(table.value(r, "group_la_count")), longOrZero(table.value(r, "n_las")),
                    (Double) table.value(r, "group_mean"), (Double) table.value(r, "group_median"),
                    (Double) table.value(r, "group_q1"), (Double) table.value(r, "group_q3"),
                    (Long) table.value(r, "rank"), (Integer) table.value(r, "quartile_band"),
                    (Double) table.value(r, "england_value"), (String) table.value(r, "england_year"),
                    (String) table.value(r, "unit"), lower((String) table.value(r, "polarity"))));
        }
        return rows;
    }

    private static long longOrZero(Object value) {
        return value == null ? 0L : (Long) value;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
