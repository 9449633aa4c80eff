package uk.chatbatch.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.Origin;

/** A drill-down row in the dataset's column order, whether made new or filled into the writer's one array. */
class IndicatorChildrenDatasetTest {

    private static final LaPeriod KEY = new LaPeriod("201", LocalDate.of(2026, 9, 30));

    @Test
    void aRowHoldsTheLaPeriodIndicatorChildFlagsAndSourceInColumnOrder() {
        CountedRecord counted = new CountedRecord("C7", "List 3 (Referrals)",
                Origin.inSheet("annex-a.xlsx", "List 3", 12), true, false);

        assertThat(IndicatorChildrenDataset.toRow("CF-01", counted, KEY)).containsExactly(
                "201", LocalDate.of(2026, 9, 30), "CF-01", "C7", true, false, "List 3 (Referrals)", "annex-a.xlsx",
                "List 3", 12);
    }

    @Test
    void fillingOneArrayAgainReplacesEveryValueOfTheRowBefore() {
        CountedRecord first = new CountedRecord("C7", "List 3 (Referrals)",
                Origin.inSheet("annex-a.xlsx", "List 3", 12), true, false);
        CountedRecord second = new CountedRecord("C8", "SSDA903 Episodes",
                Origin.inSheet("2025-26/episodes.csv", "SSDA903 Episodes 2025-26", 4), false, true);
        Object[] row = new Object[IndicatorChildrenDataset.SCHEMA.columnCount()];

        IndicatorChildrenDataset.fill(row, "CF-01", first, KEY);
        Object[] refilled = IndicatorChildrenDataset.fill(row, "LAC-02", second, KEY);

        assertThat(refilled).isSameAs(row)
                .containsExactly(IndicatorChildrenDataset.toRow("LAC-02", second, KEY));
    }
}
