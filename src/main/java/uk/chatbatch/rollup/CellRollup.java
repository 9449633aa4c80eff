package uk.chatbatch.rollup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import uk.chatbatch.indicators.Polarity;

/**
 * The roll-up of one cell (one period, indicator, breakdown and breakdown value across the group's LAs): which
 * rows are compared, the group's mean, median and quartiles over the rows used, each used row's rank and quartile
 * band. Pure arithmetic over arrays, shared by the row-object and the Arrow paths so both compute the same thing
 * (ROLLUP-SPEC.md, "Groups").
 */
public final class CellRollup {

    private CellRollup() {
    }

    /**
     * What the cell's rows get, index for index with the input.
     *
     * @param laCount           LAs with a row in the cell
     * @param used              rows used in the statistics
     * @param mean              null when no row is used, as are the median and quartiles
     * @param compared          false for a row whose definition or settings differ from the group's reference
     * @param notComparedReason null for a compared row
     * @param rank              1 = best; 0 for a row not used
     * @param band              1 to 4; 0 for a row not used
     */
    public record Outcome(int laCount, int used, Double mean, Double median, Double q1, Double q3,
                          boolean[] compared, String[] notComparedReason, long[] rank, int[] band) {
    }

    /**
     * @param catalogueVersions each row's {@code catalogue_version}
     * @param settings          each row's {@code settings}
     * @param usable            each row's figure can be used: not suppressed, status computed, a value
     * @param values            each row's value (ignored where not usable)
     * @param polarities        each row's {@code polarity} ({@link Polarity#column()}); the reference row's orders
     *                          the ranks
     */
    public static Outcome evaluate(String[] catalogueVersions, String[] settings, boolean[] usable, double[] values,
                                   String[] polarities) {
        int n = usable.length;
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = definitionKey(catalogueVersions[i], settings[i]);
        }
        int reference = referenceRow(keys);
        boolean[] compared = new boolean[n];
        String[] reasons = new String[n];
        double[] usedValues = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            compared[i] = keys[i].equals(keys[reference]);
            if (!compared[i]) {
                reasons[i] = "definition or settings differ from the group's: " + settings[i] + " vs "
                        + settings[reference];
            } else if (usable[i]) {
                usedValues[used++] = values[i];
            }
        }
        double[] sorted = Arrays.copyOf(usedValues, used);
        Arrays.sort(sorted);
        long[] rank = new long[n];
        int[] band = new int[n];
        if (used == 0) {
            return new Outcome(n, 0, null, null, null, null, compared, reasons, rank, band);
        }
        double q1 = percentile(sorted, 0.25);
        double median = percentile(sorted, 0.5);
        double q3 = percentile(sorted, 0.75);
        boolean ascending = Polarity.LOWER_IS_BETTER.column().equals(polarities[reference]);
        for (int i = 0; i < n; i++) {
            if (compared[i] && usable[i]) {
                rank[i] = 1 + (ascending ? countBelow(sorted, values[i]) : used - countAtOrBelow(sorted, values[i]));
                band[i] = band(values[i], q1, median, q3);
            }
        }
        return new Outcome(n, used, mean(sorted), median, q1, q3, compared, reasons, rank, band);
    }

    /** {@code catalogue_version|settings}; a missing part counts as empty text. */
    public static String definitionKey(String catalogueVersion, String settings) {
        return Objects.toString(catalogueVersion, "") + "|" + Objects.toString(settings, "");
    }

    /** A row holding the key most rows hold; on a tie, the smallest key. */
    static int referenceRow(String[] keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (String key : keys) {
            counts.merge(key, 1, Integer::sum);
        }
        int best = -1;
        for (int i = 0; i < keys.length; i++) {
            if (best < 0) {
                best = i;
                continue;
            }
            int c = counts.get(keys[i]);
            int b = counts.get(keys[best]);
            if (c > b || (c == b && keys[i].compareTo(keys[best]) < 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The p-th percentile by linear interpolation between closest ranks (R type 7, numpy's default, Excel's
     * QUARTILE.INC, Spark SQL's {@code percentile}).
     *
     * @param sorted at least one value, ascending
     */
    public static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= sorted.length) {
            return sorted[lo];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** 1 up to q1, 2 up to the median, 3 up to q3, 4 above: by value, whatever the polarity. */
    public static int band(double value, double q1, double median, double q3) {
        if (value <= q1) {
            return 1;
        }
        if (value <= median) {
            return 2;
        }
        return value <= q3 ? 3 : 4;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static int countBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int countAtOrBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
