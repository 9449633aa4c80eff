package uk.chatbatch.indicators;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.Breakdown.Band;
import uk.chatbatch.indicators.IndicatorValue;

/** Medians, quartiles and band shares of whole-number durations, as the duration (BND) indicators report them. */
public final class Durations {

    private Durations() {
    }

    /** Excel PERCENTILE.INC: linear interpolation at (n − 1) × p of the sorted values; null for none. */
    public static Double percentile(List<Integer> durations, double p) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Integer> sorted = durations.stream().sorted().toList();
        double position = (sorted.size() - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    /** One row per band, every band kept: durations in the band as numerator, all durations as denominator. */
    public static List<IndicatorValue> bandShares(String breakdown, List<Band> bands, List<Integer> durations) {
        List<IndicatorValue> rows = new ArrayList<>();
        for (Band band : bands) {
            long in = durations.stream().filter(d -> d >= band.lower() && d <= band.upper()).count();
            rows.add(IndicatorValue.percent(breakdown, band.label(), in, durations.size()));
        }
        return rows;
    }
}
