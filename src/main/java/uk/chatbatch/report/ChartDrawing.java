package uk.chatbatch.report;

/**
 * One chart drawn at a time in the JVM. The report's documents are drawn in parallel, and the charts of two of them
 * share the same AWT fonts: when one thread rasterised a picture for the HTML while another measured text for a
 * PDF chart, a bar chart's axis was now and then laid out with the wrong text height (tick labels drawn over the
 * axis title), so two runs of the same input gave different pictures. Drawing a chart is a small part of the step.
 */
final class ChartDrawing {

    static final Object LOCK = new Object();

    private ChartDrawing() {
    }
}
