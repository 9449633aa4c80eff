package uk.chatbatch.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.rollup.arrow.ArrowRollup;
import uk.chatbatch.rollup.synthetic.SyntheticRegion;

/** The Arrow and row-object roll-ups write the same benchmarking and trend rows for a whole synthetic England. */
class RollupEnginesAgreeTest {

    @TempDir
    static Path dir;
    static RollupSelection england;
    static Rollup.Result arrow;
    static Rollup.Result rows;

    @BeforeAll
    static void rollUpBothWays() throws Exception {
        Path region = dir.resolve("region");
        new SyntheticRegion().write(region, new SyntheticRegion.Options(153, 12, 11, LocalDate.of(2026, 9, 30)), 2);
        england = RollupSelection.choose(List.of(region), java.util.Optional.empty(), List.of(),
                java.util.Optional.empty());
        try (ArrowRollup engine = new ArrowRollup()) {
            arrow = Rollup.run(england, dir.resolve("arrow"), engine, 2, m -> { });
        }
        try (RowRollup engine = new RowRollup()) {
            rows = Rollup.run(england, dir.resolve("rows"), engine, 2, m -> { });
        }
    }

    @Test
    void theSelectionIsEveryLaAndPeriod() {
        assertEquals(153, england.group().laCodes().size());
        assertEquals(12, england.periods().size());
        assertEquals(LocalDate.of(2026, 9, 30), england.latestPeriod());
        assertTrue(england.group().id().startsWith("la-set-"), "153 LAs span every region: " + england.group().id());
    }

    @Test
    void benchmarkingRowsAreEqualPeriodByPeriod() throws Exception {
        assertEquals(rows.rows(), arrow.rows());
        for (LocalDate period : england.periods()) {
            TableData a = ParquetTableReader.read(arrow.benchmarking().resolve("period=" + period));
            TableData r = ParquetTableReader.read(rows.benchmarking().resolve("period=" + period));
            assertEquals(r.schema(), a.schema());
            assertEquals(r.rowCount(), a.rowCount(), "rows in " + period);
            for (int i = 0; i < r.rowCount(); i++) {
                assertEquals(java.util.Arrays.asList(r.rows().get(i)), java.util.Arrays.asList(a.rows().get(i)), "row " + i + " of " + period);
            }
        }
    }

    @Test
    void trendRowsAreEqual() throws Exception {
        TableData a = ParquetTableReader.read(arrow.trend());
        TableData r = ParquetTableReader.read(rows.trend());
        assertEquals(r.rowCount(), a.rowCount());
        for (int i = 0; i < r.rowCount(); i++) {
            assertEquals(java.util.Arrays.asList(r.rows().get(i)), java.util.Arrays.asList(a.rows().get(i)), "trend row " + i);
        }
    }
}
