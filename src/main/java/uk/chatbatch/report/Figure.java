package uk.chatbatch.report;

import java.util.List;

/**
 * One figure of a list section, before it is drawn: the indicator it shows, a title, what is drawn, and a
 * caption that states the numbers drawn (so the page reads without the picture). Half-width figures sit
 * side by side.
 *
 * @param body a {@link BarChartData}, {@link PyramidData}, {@link DonutData} or {@link TableData}; null when
 *             nothing can be drawn (every figure withheld) and the caption says so
 */
record Figure(String id, String title, Object body, String caption, boolean half) {

    /** A small table: header row, then rows; numeric columns are right-aligned. */
    record TableData(List<String> headers, List<List<String>> rows, List<Boolean> numeric, List<Float> widths) {
        TableData {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            widths = List.copyOf(widths);
        }
    }
}
