package uk.chatbatch.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one bar chart shows, apart from how it is drawn: categories in display order and one or more
 * series of counts, each bar with the label printed at its end (a count, a percentage, or
 * {@value SmallNumbers#SHOWN_AS} for a withheld figure, whose bar is not drawn). A chart with a threshold
 * is a duration-band histogram: bands up to and including {@link Threshold#lastWithin()} are within the
 * timescale, and a marker line is drawn after that band.
 *
 * <p>A chart of shares ({@code sharesOf} present: each bar a count out of that total, labelled with its percentage)
 * is drawn against a percent axis, each bar as long as its share, so the axis and the labels measure the same thing.
 */
record BarChartData(String categoryAxisLabel, String valueAxisLabel, List<String> categories, List<Series> series,
                    boolean horizontal, Optional<Threshold> threshold, OptionalLong sharesOf) {

    /** A chart of counts. */
    BarChartData(String categoryAxisLabel, String valueAxisLabel, List<String> categories, List<Series> series,
                 boolean horizontal, Optional<Threshold> threshold) {
        this(categoryAxisLabel, valueAxisLabel, categories, series, horizontal, threshold, OptionalLong.empty());
    }

    BarChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size() || s.labels().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values and "
                        + s.labels().size() + " labels for " + categories.size() + " categories");
            }
        }
    }

    /** @param values bar lengths; a withheld figure is 0 here and {@value SmallNumbers#SHOWN_AS} in labels */
    record Series(String name, List<Long> values, List<String> labels) {
        Series {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }

        /** A series labelled with its counts. */
        static Series counts(String name, List<Long> values) {
            return new Series(name, values, values.stream().map(Formats::count).toList());
        }
    }

    /**
     * @param lastWithin  index of the last band within the timescale
     * @param markerLabel text beside the marker line, e.g. "45 working days"
     * @param withinName  legend text for bands within the timescale
     * @param overName    legend text for bands beyond it
     */
    record Threshold(int lastWithin, String markerLabel, String withinName, String overName) {
    }
}
