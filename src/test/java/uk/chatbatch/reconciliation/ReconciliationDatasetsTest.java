package uk.chatbatch.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.reconciliation.ReconciliationTesting.count;
import static uk.chatbatch.reconciliation.ReconciliationTesting.ids;
import static uk.chatbatch.reconciliation.ReconciliationTesting.notComputed;
import static uk.chatbatch.reconciliation.ReconciliationTesting.percent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.datasets.ReconciliationChildrenDataset;
import uk.chatbatch.datasets.ReconciliationDataset;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.ParquetTableWriter;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

/** The reconciliation and reconciliation_children datasets: their rows, and the measures read back from them. */
class ReconciliationDatasetsTest {

    static final LocalDate T = LocalDate.of(2025, 3, 31);

    static final List<ReconciledMeasure> MEASURES = Reconciliation.of(List.of(
            count("CLA-01", "Children looked after at the period end", "C1", "C2", "C2", "C3"),
            count("CLA-01-903", "Children looked after (SSDA903)", "C1", "C3", "C4", "C5"),
            percent("ASM-02", "Assessments completed within 45 working days", ids("K1", "K2", "K3"), ids("K4")),
            percent("ASM-02-CIN", "Assessments within 45 working days (CIN census)", ids("K1", "K2"), ids("K3", "K4")),
            count("REF-01", "Referrals", "R1"),
            notComputed("REF-01-CIN", "Referrals (CIN census)", Unit.COUNT, IndicatorStatus.LIST_NOT_SUPPLIED,
                    "the CIN census was not supplied")));

    /** A row as column name to value, so the expectations read by name. */
    private static Map<String, Object> named(TableSchema schema, Object[] row) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            byName.put(schema.columns().get(i).name(), row[i]);
        }
        return byName;
    }

    private static Map<String, Object> row(int measure) {
        return named(ReconciliationDataset.SCHEMA, ReconciliationDataset.toRow(MEASURES.get(measure), new LaPeriod("999", T)));
    }

    @Test
    void aCountPairIsOneRowWithItsDifferenceAndChildrenCounts() {
        Map<String, Object> row = row(0);
        assertThat(row).containsEntry("la_code", "999").containsEntry("period_end", T)
                .containsEntry("measure", "Children looked after at the period end")
                .containsEntry("annex_a_id", "CLA-01").containsEntry("return_id", "CLA-01-903")
                .containsEntry("return_source", "SSDA903")
                .containsEntry("annex_a_status", "computed").containsEntry("return_status", "computed")
                .containsEntry("annex_a_value", 4.0).containsEntry("return_value", 4.0)
                .containsEntry("difference", 0.0)          // same count, different children
                .containsEntry("unit", "count")
                .containsEntry("children_in_both", 2L)     // C1, C3
                .containsEntry("children_only_in_annex_a", 1L)   // C2
                .containsEntry("children_only_in_return", 2L)    // C4, C5
                .containsEntry("annex_a_numerator", 4L).containsEntry("annex_a_denominator", null)
                .containsEntry("return_numerator", 4L).containsEntry("return_denominator", null);
        assertThat((String) row.get("note")).contains("Annex A Child Unique ID against SSDA903 CHILD");
    }

    @Test
    void aPercentagePairCarriesItsBasesAndADifferenceInPoints() {
        assertThat(row(1)).containsEntry("unit", "percent")
                .containsEntry("annex_a_value", 75.0).containsEntry("return_value", 50.0)
                .containsEntry("difference", -25.0)
                .containsEntry("annex_a_numerator", 3L).containsEntry("annex_a_denominator", 4L)
                .containsEntry("return_numerator", 2L).containsEntry("return_denominator", 4L)
                .containsEntry("children_in_both", 2L).containsEntry("children_only_in_annex_a", 1L)
                .containsEntry("children_only_in_return", 0L);
    }

    @Test
    void aSideNotComputedLeavesItsNumbersEmptyNeverZero() {
        Map<String, Object> row = row(2);
        assertThat(row).containsEntry("annex_a_value", 1.0).containsEntry("return_status", "list_not_supplied")
                .containsEntry("return_value", null).containsEntry("return_numerator", null)
                .containsEntry("difference", null)
                .containsEntry("children_in_both", null).containsEntry("children_only_in_annex_a", null)
                .containsEntry("children_only_in_return", null);
        assertThat((String) row.get("note")).startsWith("CIN census (REF-01-CIN) was not computed");
    }

    @Test
    void theChildrenDatasetListsEachChildInOneSourceOnly() {
        List<String> rows = new ArrayList<>();
        for (ReconciledMeasure m : MEASURES) {
            for (Object[] r : ReconciliationChildrenDataset.toRows(m, new LaPeriod("999", T))) {
                assertThat(r).hasSize(ReconciliationChildrenDataset.SCHEMA.columnCount());
                rows.add(Arrays.toString(r));
            }
        }
        assertThat(rows).containsExactly(
                "[999, 2025-03-31, Children looked after at the period end, CLA-01, CLA-01-903, C2, annex_a only]",
                "[999, 2025-03-31, Children looked after at the period end, CLA-01, CLA-01-903, C4, return only]",
                "[999, 2025-03-31, Children looked after at the period end, CLA-01, CLA-01-903, C5, return only]",
                "[999, 2025-03-31, Assessments completed within 45 working days, ASM-02, ASM-02-CIN, K3,"
                        + " annex_a only]");
        // REF-01 / REF-01-CIN: children not compared, so none listed
    }

    @Test
    void theMeasuresReadBackFromParquetAsTheyWereWritten(@TempDir Path dir) throws IOException {
        Path measures = dir.resolve("reconciliation.parquet");
        Path children = dir.resolve("reconciliation_children.parquet");
        try (ParquetTableWriter w = ParquetTableWriter.create(measures, ReconciliationDataset.SCHEMA);
             ParquetTableWriter c = ParquetTableWriter.create(children, ReconciliationChildrenDataset.SCHEMA)) {
            for (ReconciledMeasure m : MEASURES) {
                w.write(ReconciliationDataset.toRow(m, new LaPeriod("999", T)));
                for (Object[] row : ReconciliationChildrenDataset.toRows(m, new LaPeriod("999", T))) {
                    c.write(row);
                }
            }
        }
        TableData read = ParquetTableReader.read(measures);
        assertThat(read.schema()).isEqualTo(ReconciliationDataset.SCHEMA);
        List<ReconciledMeasure> back = ReconciliationDataset.fromRows(read.rows(),
                ParquetTableReader.read(children).rows());
        assertThat(back).isEqualTo(MEASURES);
    }

    @Test
    void emptyDatasetsAreStillWrittenAndReadBackAsNoMeasures(@TempDir Path dir) throws IOException {
        Path measures = dir.resolve("reconciliation.parquet");
        try (ParquetTableWriter w = ParquetTableWriter.create(measures, ReconciliationDataset.SCHEMA)) {
            // no pairs this run
        }
        assertThat(ParquetTableReader.read(measures).rowCount()).isZero();
        assertThat(ReconciliationDataset.fromRows(List.of(), List.of())).isEmpty();
    }

    @Test
    void countsThatDisagreeWithTheListedChildrenAreRefused() {
        List<Object[]> rows = List.<Object[]>of(ReconciliationDataset.toRow(MEASURES.get(0), new LaPeriod("999", T)));
        assertThatThrownBy(() -> ReconciliationDataset.fromRows(rows, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLA-01 and CLA-01-903 counts 1 and 2 children in one source only, but"
                        + " reconciliation_children lists 0 and 0");
    }
}
