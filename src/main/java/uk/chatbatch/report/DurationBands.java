package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.bar;
import static uk.chatbatch.report.FigureText.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BND: a histogram of duration bands, with the statutory timescale marked where the bands are working days on
 * a list that has one ({@link BreakdownKinds#timescale}), and the share within it in the caption.
 */
final class DurationBands {

    private DurationBands() {
    }

    static Figure of(ShownResult r, ShownResult.Breakdown b) {
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> uppers = new ArrayList<>();
        String unknown = "";
        for (Shown v : b.values()) {
            if (v.group().equalsIgnoreCase(BreakdownKinds.UNKNOWN)) {
                if (v.numerator() > 0 || v.suppressed()) {
                    unknown = " Duration unknown: " + count(v) + " (not drawn).";
                }
                continue;
            }
            categories.add(v.group());
            bars.add(bar(v));
            labels.add(count(v));
            uppers.add(BreakdownKinds.upper(r, b, v.group()));
            parts.add(v.group() + ": " + count(v) + (v.suppressed() || v.denominator() == null || v.value() == null
                    ? "" : " (" + Formats.percent(v.value()) + ")"));
        }
        Optional<BarChartData.Threshold> threshold = Optional.empty();
        String within = "";
        Optional<Integer> timescale = BreakdownKinds.timescale(r, b);
        if (timescale.isPresent()) {
            int days = timescale.get();
            int lastWithin = -1;
            for (int i = 0; i < uppers.size(); i++) {
                if (uppers.get(i) != null && uppers.get(i) <= days) {
                    lastWithin = i;
                }
            }
            if (lastWithin >= 0 && lastWithin < categories.size() - 1 && uppers.get(lastWithin) == days) {
                String marker = days + " working days";
                threshold = Optional.of(new BarChartData.Threshold(lastWithin, marker, "Within " + marker,
                        "Over " + marker));
                within = within(b, lastWithin, marker);
            }
        }
        String caption = Formats.capitalised(r.metadata().numerator()) + " by " + b.name() + ": "
                + String.join("; ", parts) + "." + within + FigureText.quartiles(r) + unknown;
        BarChartData data = new BarChartData(Formats.capitalised(b.name()), "Number", categories,
                List.of(new BarChartData.Series("Number", bars, labels)), false, threshold);
        return new Figure(r.id(), FigureText.title(r, b.name()), data, caption, false);
    }

    /** " 412 of 480 (85.8%) within 45 working days." from the bands up to the marker. */
    private static String within(ShownResult.Breakdown b, int lastWithin, String marker) {
        long in = 0;
        long all = 0;
        boolean withheld = false;
        int i = 0;
        for (Shown v : b.values()) {
            if (v.group().equalsIgnoreCase(BreakdownKinds.UNKNOWN)) {
                continue;
            }
            withheld |= v.suppressed();
            all += v.numerator();
            if (i <= lastWithin) {
                in += v.numerator();
            }
            i++;
        }
        if (withheld) {
            return " The share within " + marker + " is not worked out here because some bands are withheld.";
        }
        return " " + Formats.ofTotalWithPercent(in, all) + " within " + marker + ".";
    }
}
