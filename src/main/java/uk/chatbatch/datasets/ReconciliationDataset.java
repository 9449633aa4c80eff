package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.reconciliation.ReconciledMeasure.ChildrenCompared;
import uk.chatbatch.reconciliation.ReconciledMeasure.Side;
import uk.chatbatch.model.table.Source;

/**
 * Each measure Annex A and a return both give, side by side (see {@link uk.chatbatch.reconciliation.Reconciliation}):
 * one row per pair of indicator ids. Values are the whole-population figures in the unit's terms; difference is
 * return minus Annex A (a percentage's in points), empty when either side has no value, never a zero. The
 * children columns count distinct identifiers in each side's numerator and are empty when children were not
 * compared. Counts only, no identifiers; the identifiers are in {@link ReconciliationChildrenDataset}. The last
 * four columns give each side's numerator and denominator, so a percentage's base can be shown and withheld.
 */
public final class ReconciliationDataset {

    public static final String NAME = "reconciliation";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("measure", ColumnType.STRING,
                    "The measure both Annex A and a return give, in words"),
            ColumnDef.key("annex_a_id", ColumnType.STRING,
                    "The indicator id of the Annex A version"),
            ColumnDef.key("return_id", ColumnType.STRING,
                    "The indicator id of the SSDA903 or CIN census version"),
            ColumnDef.of("return_source", ColumnType.STRING,
                    "ssda903 or cin_census"),
            ColumnDef.of("annex_a_status", ColumnType.STRING,
                    "The Annex A indicator's status"),
            ColumnDef.of("return_status", ColumnType.STRING,
                    "The return indicator's status"),
            ColumnDef.of("annex_a_value", ColumnType.DOUBLE,
                    "The Annex A figure for the whole population").inUnit("as the unit column"),
            ColumnDef.of("return_value", ColumnType.DOUBLE,
                    "The return's figure for the whole population").inUnit("as the unit column"),
            ColumnDef.of("difference", ColumnType.DOUBLE,
                    "return_value minus annex_a_value (percentage points for a percentage); empty when either is missing").inUnit("as the unit column"),
            ColumnDef.of("unit", ColumnType.STRING,
                    "What the values measure"),
            ColumnDef.of("children_in_both", ColumnType.INT64,
                    "Distinct children in both numerators").inUnit("children"),
            ColumnDef.of("children_only_in_annex_a", ColumnType.INT64,
                    "Distinct children only in the Annex A numerator").inUnit("children"),
            ColumnDef.of("children_only_in_return", ColumnType.INT64,
                    "Distinct children only in the return's numerator").inUnit("children"),
            ColumnDef.of("note", ColumnType.STRING,
                    "Why the two may differ, or why they were not compared"),
            ColumnDef.of("annex_a_numerator", ColumnType.INT64,
                    "The Annex A figure's numerator").inUnit("children or records"),
            ColumnDef.of("annex_a_denominator", ColumnType.INT64,
                    "The Annex A figure's denominator").inUnit("children or records"),
            ColumnDef.of("return_numerator", ColumnType.INT64,
                    "The return figure's numerator").inUnit("children or records"),
            ColumnDef.of("return_denominator", ColumnType.INT64,
                    "The return figure's denominator").inUnit("children or records")));

    private ReconciliationDataset() {
    }

    public static Object[] toRow(ReconciledMeasure m, LaPeriod key) {
        Optional<ChildrenCompared> c = m.children();
        Optional<IndicatorValue> a = m.annexA().headline();
        Optional<IndicatorValue> r = m.fromReturn().headline();
        return new Object[] {key.laCode(), key.periodEnd(), m.measure(), m.annexAId(), m.returnId(), m.returnSource().label(),
                m.annexA().status().column(), m.fromReturn().status().column(), a.map(IndicatorValue::value).orElse(null),
                r.map(IndicatorValue::value).orElse(null), m.difference().orElse(null), m.unit().label(),
                c.map(ChildrenCompared::inBoth).orElse(null), c.map(ChildrenCompared::countOnlyInAnnexA).orElse(null),
                c.map(ChildrenCompared::countOnlyInReturn).orElse(null), m.note(),
                a.map(IndicatorValue::numerator).orElse(null), a.map(IndicatorValue::denominator).orElse(null),
                r.map(IndicatorValue::numerator).orElse(null), r.map(IndicatorValue::denominator).orElse(null)};
    }

    /**
     * Rebuilds the measures from this dataset's rows and the {@link ReconciliationChildrenDataset}'s rows of the
     * same partition, in row order.
     *
     * @throws IllegalStateException when a measure's children counts and its listed children disagree
     */
    public static List<ReconciledMeasure> fromRows(List<Object[]> rows, List<Object[]> childRows) {
        Map<String, Listed> listed = new LinkedHashMap<>();
        TableSchema listing = ReconciliationChildrenDataset.SCHEMA;
        for (Object[] row : childRows) {
            Listed pair = listed.computeIfAbsent(row[listing.indexOf("annex_a_id")] + "|"
                    + row[listing.indexOf("return_id")], k -> new Listed(new ArrayList<>(), new ArrayList<>()));
            String child = (String) row[listing.indexOf("child_id")];
            if (ReconciliationChildrenDataset.ANNEX_A_ONLY.equals(row[listing.indexOf("found_in")])) {
                pair.onlyInAnnexA().add(child);
            } else {
                pair.onlyInReturn().add(child);
            }
        }
        List<ReconciledMeasure> measures = new ArrayList<>();
        for (Object[] row : rows) {
            String annexAId = (String) get(row, "annex_a_id");
            String returnId = (String) get(row, "return_id");
            Optional<ChildrenCompared> children = Optional.empty();
            Long both = (Long) get(row, "children_in_both");
            if (both != null) {
                Listed pair = listed.getOrDefault(annexAId + "|" + returnId, new Listed(List.of(), List.of()));
                ChildrenCompared c = new ChildrenCompared(pair.onlyInAnnexA(), pair.onlyInReturn(), both);
                if (c.countOnlyInAnnexA() != (Long) get(row, "children_only_in_annex_a")
                        || c.countOnlyInReturn() != (Long) get(row, "children_only_in_return")) {
                    throw new IllegalStateException("the reconciliation of " + annexAId + " and " + returnId
                            + " counts " + get(row, "children_only_in_annex_a") + " and "
                            + get(row, "children_only_in_return") + " children in one source only, but "
                            + ReconciliationChildrenDataset.NAME + " lists " + c.countOnlyInAnnexA() + " and "
                            + c.countOnlyInReturn());
                }
                children = Optional.of(c);
            }
            measures.add(new ReconciledMeasure((String) get(row, "measure"), annexAId, returnId,
                    Source.ofLabel((String) get(row, "return_source")), unit((String) get(row, "unit")),
                    side(annexAId, row, "annex_a"), side(returnId, row, "return"),
                    Optional.ofNullable((Double) get(row, "difference")), children, (String) get(row, "note")));
        }
        return measures;
    }

    private record Listed(List<String> onlyInAnnexA, List<String> onlyInReturn) {
    }

    private static Side side(String id, Object[] row, String prefix) {
        IndicatorStatus status = IndicatorStatus.valueOf(((String) get(row, prefix + "_status")).toUpperCase(Locale.ROOT));
        Long numerator = (Long) get(row, prefix + "_numerator");
        Optional<IndicatorValue> headline = numerator == null ? Optional.empty()
                : Optional.of(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, numerator,
                        (Long) get(row, prefix + "_denominator"), (Double) get(row, prefix + "_value")));
        return new Side(id, status, headline);
    }

    private static Unit unit(String label) {
        return Arrays.stream(Unit.values()).filter(u -> u.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit '" + label + "' is not one the catalogue uses"));
    }

    private static Object get(Object[] row, String column) {
        return row[SCHEMA.indexOf(column)];
    }
}
