package uk.chatbatch.datasets;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.CommonColumns;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.reconciliation.ReconciledMeasure;

/**
 * Internal output, it names children: for each measure in {@link ReconciliationDataset}, each child identifier
 * found in one source's numerator and not the other's. Children in both are counted there, not listed here.
 * Rows follow the measures' order, Annex A's children first, each in identifier order.
 */
public final class ReconciliationChildrenDataset {

    public static final String NAME = "reconciliation_children";
    public static final String ANNEX_A_ONLY = "annex_a only";
    public static final String RETURN_ONLY = "return only";

    public static final TableSchema SCHEMA = new TableSchema(NAME, List.of(
            CommonColumns.LA_CODE,
            CommonColumns.PERIOD_END,
            ColumnDef.key("measure", ColumnType.STRING,
                    "The measure compared"),
            ColumnDef.key("annex_a_id", ColumnType.STRING,
                    "The indicator id of the Annex A version"),
            ColumnDef.key("return_id", ColumnType.STRING,
                    "The indicator id of the return version"),
            ColumnDef.key("child_id", ColumnType.STRING,
                    "The child's identifier (internal only)"),
            ColumnDef.of("found_in", ColumnType.STRING,
                    "Where the child was counted: both, annex_a or return")));

    private ReconciliationChildrenDataset() {
    }

    /** The measure's children in one source only; none when children were not compared. */
    public static List<Object[]> toRows(ReconciledMeasure m, LaPeriod key) {
        List<Object[]> rows = new ArrayList<>();
        m.children().ifPresent(c -> {
            for (String child : c.onlyInAnnexA()) {
                rows.add(row(m, key, child, ANNEX_A_ONLY));
            }
            for (String child : c.onlyInReturn()) {
                rows.add(row(m, key, child, RETURN_ONLY));
            }
        });
        return rows;
    }

    private static Object[] row(ReconciledMeasure m, LaPeriod key, String child, String foundIn) {
        return new Object[] {key.laCode(), key.periodEnd(), m.measure(), m.annexAId(), m.returnId(), child, foundIn};
    }
}
