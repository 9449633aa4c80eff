package uk.chatbatch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Draws {@link BarChartData} with JFreeChart straight into the PDF as vector graphics: the chart
 * paints onto a {@link PdfTemplate}'s Graphics2D, and the template is placed as an image element
 * (a form XObject, not a bitmap). Text goes through the report's font mapper, so charts use the
 * embedded DejaVu Sans.
 */
final class ReportCharts {

    static final float VERTICAL_HEIGHT = 190f;
    private static final float ROW_HEIGHT = 20f;
    private static final float HORIZONTAL_CHROME = 46f;

    private final ReportFonts fonts;
    private final StandardChartTheme theme;

    ReportCharts(ReportFonts fonts) {
        this.fonts = fonts;
        this.theme = theme();
    }

    /** For {@link #picture} only: pictures need no PDF fonts, only the AWT ones every chart measures with. */
    ReportCharts() {
        this(null);
    }

    /** Height that gives each bar of a horizontal chart room for its label. */
    static float height(BarChartData data, float width) {
        return data.horizontal() ? HORIZONTAL_CHROME + ROW_HEIGHT * data.categories().size() + legendHeight(data)
                : Math.min(VERTICAL_HEIGHT, Math.max(140f, width * 0.36f));
    }

    private static float legendHeight(BarChartData data) {
        return data.series().size() > 1 || data.threshold().isPresent() ? 18f : 0f;
    }

    Image draw(PdfContentByte canvas, BarChartData data, float width) {
        float height = height(data, width);
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts.fontMapper());
        try {
            paint(g2, data, width, height);
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart could not be placed in the PDF", e);
        }
    }

    /** The same chart as a picture, for the HTML report: drawn as {@link #draw} draws it, on pixels. */
    ChartPictures.Picture picture(BarChartData data, float width) {
        float height = height(data, width);
        return ChartPictures.paint(width, height, g2 -> paint(g2, data, width, height));
    }

    private void paint(Graphics2D g2, BarChartData data, float width, float height) {
        synchronized (ChartDrawing.LOCK) {
            paintAlone(g2, data, width, height);
        }
    }

    private void paintAlone(Graphics2D g2, BarChartData data, float width, float height) {
        JFreeChart chart = chart(data);
        fitAxisTitles(chart, width, height);
        // PdfGraphics2D spaces each string out to the width AWT measured; with integer metrics
        // that is wider than the glyphs, and the text looks letter-spaced.
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    }

    /** Room an axis title leaves for the other axis's ticks and title, the legend and the chart's padding. */
    static final float AXIS_TITLE_ALLOWANCE = 40f;

    /**
     * Shortens each axis title that is longer than its axis, at a word boundary (the whole-words rule), so none is
     * cut off at the chart's edge: JFreeChart draws a title on one line, centred, and clips what overflows.
     */
    static void fitAxisTitles(JFreeChart chart, float width, float height) {
        org.jfree.chart.axis.Axis across;
        org.jfree.chart.axis.Axis up;
        if (chart.getPlot() instanceof CategoryPlot plot) {
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            across = horizontal ? plot.getRangeAxis() : plot.getDomainAxis();
            up = horizontal ? plot.getDomainAxis() : plot.getRangeAxis();
        } else if (chart.getPlot() instanceof XYPlot plot) {
            across = plot.getDomainAxis();
            up = plot.getRangeAxis();
        } else {
            return;
        }
        fit(across, width - AXIS_TITLE_ALLOWANCE);
        fit(up, height - AXIS_TITLE_ALLOWANCE);
    }

    private static void fit(org.jfree.chart.axis.Axis axis, float length) {
        if (axis != null && axis.getLabel() != null) {
            String title = fitted(axis.getLabel(), axis.getLabelFont(), length);
            axis.setLabel(title.isEmpty() ? null : title);
        }
    }

    /**
     * The title as it fits in {@code length} points: whole, else its first words that fit and an ellipsis, else
     * empty.
     */
    static String fitted(String title, java.awt.Font font, float length) {
        if (textWidth(title, font) <= length) {
            return title;
        }
        String[] words = title.split(" ");
        if (textWidth(words[0] + ELLIPSIS, font) > length) {
            // not even a word fits (a short axis): no title rather than a cut one
            return "";
        }
        StringBuilder kept = new StringBuilder(words[0]);
        for (int i = 1; i < words.length && textWidth(kept + " " + words[i] + ELLIPSIS, font) <= length; i++) {
            kept.append(' ').append(words[i]);
        }
        return kept + ELLIPSIS;
    }

    static final String ELLIPSIS = "\u2026";

    /** A text's width in points as the chart measures it (fractional metrics, as {@link #paintAlone} draws). */
    static double textWidth(String text, java.awt.Font font) {
        return font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
    }

    JFreeChart chart(BarChartData data) {
        JFreeChart chart = data.threshold().isPresent() ? bands(data) : bars(data);
        theme.apply(chart);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.getRenderer().setDefaultItemLabelGenerator(new Labels(data));
        }
        chart.setPadding(new RectangleInsets(2, 0, 2, 6));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemFont(ReportFonts.awt(8f, false));
        }
        return chart;
    }

    private JFreeChart bars(BarChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarChartData.Series s : data.series()) {
            for (int i = 0; i < data.categories().size(); i++) {
                long value = s.values().get(i);
                dataset.addValue(data.sharesOf().isPresent() ? share(value, data.sharesOf().getAsLong()) : value,
                        s.name(), data.categories().get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(data.categoryAxisLabel().isEmpty() ? null : data.categoryAxisLabel());
        NumberAxis valueAxis = data.sharesOf().isPresent() ? percentAxis(data.valueAxisLabel())
                : countAxis(data.valueAxisLabel());
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(data.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        // for horizontal bars this puts the count axis under the bars, where it is read
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        boolean legend = data.series().size() > 1;
        JFreeChart chart = new JFreeChart(null, ReportFonts.awt(9f, true), plot, legend);

        categoryAxis.setCategoryMargin(data.series().size() > 1 ? 0.25 : 0.35);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        if (data.horizontal()) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        return chart;
    }

    /** Duration bands on a numeric x axis, so the threshold line can sit exactly between two bands. */
    private JFreeChart bands(BarChartData data) {
        BarChartData.Threshold threshold = data.threshold().orElseThrow();
        List<Long> counts = data.series().get(0).values();
        XYIntervalSeries within = new XYIntervalSeries(threshold.withinName());
        XYIntervalSeries over = new XYIntervalSeries(threshold.overName());
        for (int i = 0; i < counts.size(); i++) {
            long n = counts.get(i);
            (i <= threshold.lastWithin() ? within : over).add(i, i - 0.5, i + 0.5, n, 0, n);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(within);
        dataset.addSeries(over);

        SymbolAxis bandAxis = new SymbolAxis(data.categoryAxisLabel(), data.categories().toArray(new String[0]));
        bandAxis.setGridBandsVisible(false);
        bandAxis.setRange(-0.5, counts.size() - 0.5);
        XYBarRenderer renderer = new XYBarRenderer(0.2);
        NumberAxis countAxis = countAxis(data.valueAxisLabel());
        // headroom for the marker's label above the tallest bar and its count
        countAxis.setUpperMargin(0.35);
        XYPlot plot = new XYPlot(dataset, bandAxis, countAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        // Counts as annotations, not renderer item labels: XYBarRenderer draws its labels through
        // Graphics2D.create(), and OpenPDF 2.0.5's PdfGraphics2D child loses the composite alpha, so
        // they come out fully transparent.
        List<String> labels = data.series().get(0).labels();
        for (int i = 0; i < counts.size(); i++) {
            XYTextAnnotation label = new XYTextAnnotation(labels.get(i), i, counts.get(i));
            label.setFont(ReportFonts.awt(7.5f, false));
            label.setPaint(Palette.TEXT);
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }

        ValueMarker marker = new ValueMarker(threshold.lastWithin() + 0.5, Palette.BLACK,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        marker.setLabel(threshold.markerLabel());
        marker.setLabelFont(ReportFonts.awt(8f, true));
        marker.setLabelPaint(Palette.BLACK);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 4));
        marker.setLabelBackgroundColor(Color.WHITE);
        plot.addDomainMarker(marker, Layer.FOREGROUND);
        return new JFreeChart(null, ReportFonts.awt(9f, true), plot, true);
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.UK));
        // room above the tallest bar for its value label
        axis.setUpperMargin(0.15);
        return axis;
    }

    /** A count's share of {@code total}, in percent: the length of its bar on a percent axis. */
    static double share(long count, long total) {
        return total == 0 ? 0 : 100.0 * count / total;
    }

    /** The axis of a chart of shares: whole percentages ("25%"), so it reads as the bars' labels do. */
    static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        axis.setNumberFormatOverride(new DecimalFormat("0'%'",
                DecimalFormatSymbols.getInstance(Locale.UK)));
        // room beyond the longest bar for its label
        axis.setUpperMargin(0.15);
        return axis;
    }

    /** Applied after the chart is built; renderer details the theme does not cover are set here too. */
    private StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("chat-batch") {
            @Override
            public void apply(JFreeChart chart) {
                super.apply(chart);
                if (chart.getPlot() instanceof CategoryPlot plot) {
                    styleCategoryRenderer((BarRenderer) plot.getRenderer(), plot.getDataset().getRowCount(),
                            plot.getOrientation() == PlotOrientation.HORIZONTAL);
                    plot.setRangeGridlinePaint(Palette.GRIDLINE);
                    plot.setOutlineVisible(false);
                } else if (chart.getPlot() instanceof XYPlot plot) {
                    styleBandRenderer((XYBarRenderer) plot.getRenderer());
                    plot.setRangeGridlinePaint(Palette.GRIDLINE);
                    plot.setOutlineVisible(false);
                }
            }
        };
        t.setExtraLargeFont(ReportFonts.awt(10f, true));
        t.setLargeFont(ReportFonts.awt(8.5f, true));
        t.setRegularFont(ReportFonts.awt(8f, false));
        t.setSmallFont(ReportFonts.awt(7.5f, false));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Palette.RULE);
        t.setDomainGridlinePaint(Palette.GRIDLINE);
        t.setRangeGridlinePaint(Palette.GRIDLINE);
        t.setAxisLabelPaint(Palette.MUTED_TEXT);
        t.setTickLabelPaint(Palette.TEXT);
        t.setItemLabelPaint(Palette.TEXT);
        t.setLegendItemPaint(Palette.TEXT);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setDrawingSupplier(new DefaultDrawingSupplier(Palette.SERIES, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    private static void styleCategoryRenderer(BarRenderer renderer, int seriesCount, boolean horizontal) {
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, Palette.SERIES[i % Palette.SERIES.length]);
        }
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        // Vertical bars stay slim when there are few months; horizontal rows are already sized per bar.
        renderer.setMaximumBarWidth(horizontal ? 1.0 : 0.12);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ReportFonts.awt(7.5f, false));
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(2.0);
    }

    private static void styleBandRenderer(XYBarRenderer renderer) {
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.VERMILLION);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setUseYInterval(false);
    }

    /** Each bar's own label from the data: a count, a percentage, or the withheld mark. */
    private record Labels(BarChartData data) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return data.series().get(row).name();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return data.categories().get(column);
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return data.series().get(row).labels().get(column);
        }
    }
}
