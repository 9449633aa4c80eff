package uk.chatbatch.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One cell's roll-up, row by row: each LA's settings, whether its figure is usable and its value, with the rank and
 * quartile band expected beside it, and the group's figures below.
 */
class CellRollupTest {

    private static final String V = "2026.11-1";

    /** An LA's row of the cell: settings, usable (shown, computed, valued) and value. */
    private record La(String settings, boolean usable, double value) {
    }

    private static CellRollup.Outcome rollUp(String polarity, La... las) {
        int n = las.length;
        String[] versions = new String[n];
        String[] settings = new String[n];
        String[] polarities = new String[n];
        boolean[] usable = new boolean[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            versions[i] = V;
            settings[i] = las[i].settings();
            polarities[i] = polarity;
            usable[i] = las[i].usable();
            values[i] = las[i].value();
        }
        return CellRollup.evaluate(versions, settings, usable, values, polarities);
    }

    @Test
    void tiesShareTheSmallestRankAndTheNextRankSkips() {
        CellRollup.Outcome cell = rollUp("higher_is_better",
                new La("", true, 10),   // rank 5, band 1 (at q1)
                new La("", true, 20),   // rank 3, band 1 (equal to q1 = 20)
                new La("", true, 20),   // rank 3, band 1
                new La("", true, 30),   // rank 2, band 3 (at q3)
                new La("", true, 40));  // rank 1, band 4
        assertArrayEquals(new long[] {5, 3, 3, 2, 1}, cell.rank());
        assertArrayEquals(new int[] {1, 1, 1, 3, 4}, cell.band());
        assertEquals(5, cell.laCount());
        assertEquals(5, cell.used());
        assertEquals(24.0, cell.mean());
        assertEquals(20.0, cell.q1());     // h = 4 x 0.25 = 1: x[1]
        assertEquals(20.0, cell.median()); // h = 2: x[2]
        assertEquals(30.0, cell.q3());     // h = 3: x[3]
    }

    @Test
    void quartilesInterpolateBetweenClosestRanksAndLowerIsBetterRanksAscending() {
        CellRollup.Outcome cell = rollUp("lower_is_better",
                new La("", true, 4),   // rank 4, band 4 (above q3 = 3.25)
                new La("", true, 1),   // rank 1, band 1
                new La("", true, 3),   // rank 3, band 3
                new La("", true, 2));  // rank 2, band 2
        assertEquals(1.75, cell.q1());     // h = 0.75: 1 + 0.75 x (2 - 1)
        assertEquals(2.5, cell.median());  // h = 1.5
        assertEquals(3.25, cell.q3());     // h = 2.25
        assertArrayEquals(new long[] {4, 1, 3, 2}, cell.rank());
        assertArrayEquals(new int[] {4, 1, 3, 2}, cell.band());
    }

    @Test
    void contextualPolarityRanksLikeHigherIsBetter() {
        CellRollup.Outcome cell = rollUp("contextual", new La("", true, 1), new La("", true, 9));
        assertArrayEquals(new long[] {2, 1}, cell.rank());
    }

    @Test
    void noUsableFigureGivesNoStatisticsAndNoRanks() {
        CellRollup.Outcome cell = rollUp("higher_is_better",
                new La("", false, 0),   // suppressed
                new La("", false, 0));  // not computed
        assertEquals(2, cell.laCount());
        assertEquals(0, cell.used());
        assertNull(cell.mean());
        assertNull(cell.median());
        assertNull(cell.q1());
        assertNull(cell.q3());
        assertArrayEquals(new long[] {0, 0}, cell.rank());
        assertArrayEquals(new int[] {0, 0}, cell.band());
    }

    @Test
    void oneUsableFigureIsItsOwnMedianAndQuartilesAndRanksFirst() {
        CellRollup.Outcome cell = rollUp("higher_is_better", new La("", true, 7), new La("", false, 0));
        assertEquals(7.0, cell.mean());
        assertEquals(7.0, cell.q1());
        assertEquals(7.0, cell.median());
        assertEquals(7.0, cell.q3());
        assertArrayEquals(new long[] {1, 0}, cell.rank());
        assertArrayEquals(new int[] {1, 0}, cell.band());
    }

    @Test
    void aSuppressedLaIsCountedInTheGroupButNeitherRankedNorInTheStatistics() {
        CellRollup.Outcome cell = rollUp("higher_is_better",
                new La("", false, 3),   // suppressed: its figure never enters
                new La("", true, 50),   // rank 2
                new La("", true, 60));  // rank 1
        assertEquals(3, cell.laCount());
        assertEquals(2, cell.used());
        assertEquals(55.0, cell.median());
        assertEquals(55.0, cell.mean());
        assertArrayEquals(new long[] {0, 2, 1}, cell.rank());
    }

    @Test
    void aDefinitionMismatchIsReportedNotAveraged() {
        CellRollup.Outcome cell = rollUp("higher_is_better",
                new La("weeks=6 (default)", true, 10),
                new La("weeks=6 (default)", true, 20),
                new La("weeks=4", true, 1000),          // not compared: outside the statistics
                new La("weeks=6 (default)", true, 30));
        assertEquals(List.of(true, true, false, true), List.of(cell.compared()[0], cell.compared()[1],
                cell.compared()[2], cell.compared()[3]));
        assertEquals("definition or settings differ from the group's: weeks=4 vs weeks=6 (default)",
                cell.notComparedReason()[2]);
        assertNull(cell.notComparedReason()[0]);
        assertEquals(20.0, cell.mean());
        assertEquals(3, cell.used());
        assertArrayEquals(new long[] {3, 2, 0, 1}, cell.rank());
    }

    @Test
    void aTieBetweenDefinitionsGoesToTheSmallestKey() {
        CellRollup.Outcome cell = rollUp("higher_is_better",
                new La("b=2", true, 1), new La("a=1", true, 2), new La("b=2", true, 3), new La("a=1", true, 4));
        assertArrayEquals(new boolean[] {false, true, false, true}, cell.compared());
        assertEquals(3.0, cell.mean());
    }

    @Test
    void anotherCatalogueVersionIsNotCompared() {
        CellRollup.Outcome cell = CellRollup.evaluate(new String[] {V, V, "2025.01-1"}, new String[] {"", "", ""},
                new boolean[] {true, true, true}, new double[] {1, 3, 100},
                new String[] {"higher_is_better", "higher_is_better", "higher_is_better"});
        assertArrayEquals(new boolean[] {true, true, false}, cell.compared());
        assertEquals(2.0, cell.median());
    }
}
