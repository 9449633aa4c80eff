package uk.chatbatch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The charts JFreeChart has no good shape for, drawn directly as vector graphics on a PDF template: the
 * age/sex pyramid, the donut with its counts in the centre, and the trend sparkline. Text goes through
 * the report's font mapper, so it is the embedded DejaVu Sans.
 */
final class ShapeCharts {

    static final float PYRAMID_ROW = 9f;
    private static final float PYRAMID_TITLE = 16f;
    private static final float PYRAMID_AGE_COLUMN = 40f;
    private static final float PYRAMID_LABEL_ROOM = 26f;
    static final float DONUT_HEIGHT = 118f;

    private final ReportFonts fonts;

    ShapeCharts(ReportFonts fonts) {
        this.fonts = fonts;
    }

    static float pyramidHeight(PyramidData data) {
        return PYRAMID_TITLE + PYRAMID_ROW * data.ages().size() + 4f;
    }

    Image pyramid(PdfContentByte canvas, PyramidData data, float width) {
        return draw(canvas, width, pyramidHeight(data), pyramidPainter(data, width));
    }

    /** The same pyramid as a picture, for the HTML report. */
    static ChartPictures.Picture pyramidPicture(PyramidData data, float width) {
        return ChartPictures.paint(width, pyramidHeight(data), g -> {
            smooth(g);
            pyramidPainter(data, width).accept(g);
        });
    }

    private static java.util.function.Consumer<Graphics2D> pyramidPainter(PyramidData data, float width) {
        return g -> {
            long max = 1;
            for (int i = 0; i < data.ages().size(); i++) {
                max = Math.max(max, Math.max(data.male().get(i), data.female().get(i)));
            }
            float centre = width / 2;
            float half = (width - PYRAMID_AGE_COLUMN) / 2 - PYRAMID_LABEL_ROOM;
            g.setFont(ReportFonts.awt(8f, true));
            g.setColor(Palette.BLUE);
            drawString(g, data.maleTitle(), centre - PYRAMID_AGE_COLUMN / 2 - textWidth(g, data.maleTitle()), 10f);
            g.setColor(Palette.VERMILLION_TEXT);
            drawString(g, data.femaleTitle(), centre + PYRAMID_AGE_COLUMN / 2, 10f);
            g.setFont(ReportFonts.awt(6.5f, false));
            int rows = data.ages().size();
            for (int i = 0; i < rows; i++) {
                float top = PYRAMID_TITLE + (rows - 1 - i) * PYRAMID_ROW;
                float barHeight = PYRAMID_ROW - 1.5f;
                float mLen = half * data.male().get(i) / max;
                float fLen = half * data.female().get(i) / max;
                float leftEdge = centre - PYRAMID_AGE_COLUMN / 2;
                float rightEdge = centre + PYRAMID_AGE_COLUMN / 2;
                g.setColor(Palette.BLUE);
                g.fill(new Rectangle2D.Float(leftEdge - mLen, top, mLen, barHeight));
                g.setColor(Palette.ORANGE);
                g.fill(new Rectangle2D.Float(rightEdge, top, fLen, barHeight));
                g.setColor(Palette.TEXT);
                float baseline = top + barHeight - 1.2f;
                String age = data.ages().get(i);
                drawString(g, age, centre - textWidth(g, age) / 2, baseline);
                String m = data.maleLabels().get(i);
                drawString(g, m, leftEdge - mLen - 2f - textWidth(g, m), baseline);
                drawString(g, data.femaleLabels().get(i), rightEdge + fLen + 2f, baseline);
            }
            g.setColor(Palette.RULE);
            g.setStroke(new BasicStroke(0.5f));
            float bottom = PYRAMID_TITLE + rows * PYRAMID_ROW;
            g.draw(new java.awt.geom.Line2D.Float(centre - PYRAMID_AGE_COLUMN / 2, PYRAMID_TITLE,
                    centre - PYRAMID_AGE_COLUMN / 2, bottom));
            g.draw(new java.awt.geom.Line2D.Float(centre + PYRAMID_AGE_COLUMN / 2, PYRAMID_TITLE,
                    centre + PYRAMID_AGE_COLUMN / 2, bottom));
        };
    }

    Image donut(PdfContentByte canvas, DonutData data, float width) {
        return draw(canvas, width, DONUT_HEIGHT, donutPainter(data, width));
    }

    /** The same donut as a picture, for the HTML report. */
    static ChartPictures.Picture donutPicture(DonutData data, float width) {
        return ChartPictures.paint(width, DONUT_HEIGHT, g -> {
            smooth(g);
            donutPainter(data, width).accept(g);
        });
    }

    private static java.util.function.Consumer<Graphics2D> donutPainter(DonutData data, float width) {
        float height = DONUT_HEIGHT;
        return g -> {
            float size = height - 8f;
            float x = 4f;
            float y = 4f;
            float hole = size * 0.58f;
            float inset = (size - hole) / 2;
            long total = data.values().stream().mapToLong(Long::longValue).sum();
            if (data.withheld() || total == 0) {
                Path2D ring = new Path2D.Float(Path2D.WIND_EVEN_ODD);
                ring.append(new Ellipse2D.Float(x, y, size, size), false);
                ring.append(new Ellipse2D.Float(x + inset, y + inset, hole, hole), false);
                g.setColor(Palette.NOT_COMPARED);
                g.fill(ring);
            } else {
                double start = 90;
                for (int i = 0; i < data.values().size(); i++) {
                    double extent = -360.0 * data.values().get(i) / total;
                    // Each slice is its outer arc and its inner arc back: the same ring segment an Area
                    // intersection gave, without the Area arithmetic, which cost more than the rest of the chart.
                    Path2D slice = new Path2D.Double(new Arc2D.Double(x, y, size, size, start, extent, Arc2D.OPEN));
                    slice.append(new Arc2D.Double(x + inset, y + inset, hole, hole, start + extent, -extent,
                            Arc2D.OPEN), true);
                    slice.closePath();
                    g.setColor(donutColour(i));
                    g.fill(slice);
                    start += extent;
                }
            }
            float cx = x + size / 2;
            float cy = y + size / 2;
            g.setColor(Palette.TEXT);
            g.setFont(ReportFonts.awt(12f, true));
            drawString(g, data.centre(), cx - textWidth(g, data.centre()) / 2, cy + 2f);
            g.setFont(ReportFonts.awt(6.5f, false));
            g.setColor(Palette.MUTED_TEXT);
            drawString(g, data.centreNote(), cx - textWidth(g, data.centreNote()) / 2, cy + 11f);

            float lx = x + size + 12f;
            float ly = y + 14f;
            g.setFont(ReportFonts.awt(7.5f, false));
            for (int i = 0; i < data.names().size(); i++) {
                g.setColor(data.withheld() ? Palette.NOT_COMPARED : donutColour(i));
                g.fill(new Rectangle2D.Float(lx, ly - 7f, 8f, 8f));
                g.setColor(Palette.TEXT);
                float textX = lx + 12f;
                for (String line : wrap(g, data.names().get(i), width - textX - 2f)) {
                    drawString(g, line, textX, ly);
                    ly += 9f;
                }
                g.setFont(ReportFonts.awt(7.5f, true));
                drawString(g, data.labels().get(i), textX, ly);
                g.setFont(ReportFonts.awt(7.5f, false));
                ly += 15f;
            }
        };
    }

    private static Color donutColour(int i) {
        return i == 0 ? Palette.BLUE : i == 1 ? Palette.SKY_BLUE : Palette.SERIES[i % Palette.SERIES.length];
    }

    /**
     * A sparkline of a trend's figures, oldest on the left, one slot per period so gaps stay where they are;
     * the latest figure is a larger dot. Drawn straight onto the template (no Graphics2D) for speed.
     */
    Image sparkline(PdfContentByte canvas, Trend trend, float width, float height) {
        PdfTemplate t = canvas.createTemplate(width, height);
        List<Trend.Point> points = trend.points();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Trend.Point p : points) {
            if (p.value().isPresent()) {
                min = Math.min(min, p.value().get());
                max = Math.max(max, p.value().get());
            }
        }
        float pad = 2.5f;
        float step = points.size() > 1 ? (width - 2 * pad) / (points.size() - 1) : 0;
        double range = max - min;
        t.setColorStroke(Palette.GRIDLINE);
        t.setLineWidth(0.4f);
        t.moveTo(pad, pad);
        t.lineTo(width - pad, pad);
        t.stroke();
        t.setColorStroke(Palette.BLUE);
        t.setLineWidth(0.9f);
        double low = min;
        trendLine(t, points, i -> pad + i * step, v -> y(v, low, range, height, pad), 0.9f, 1.9f);
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException("sparkline could not be placed in the PDF", e);
        }
    }

    /**
     * A trend's line in the template's current stroke, broken where a period has no figure, then a dot per
     * figure, the latest larger, at the slot and height the caller's scales give.
     */
    static void trendLine(PdfTemplate t, List<Trend.Point> points, java.util.function.IntFunction<Float> x,
                          java.util.function.DoubleFunction<Float> y, float dot, float lastDot) {
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Trend.Point p = points.get(i);
            if (p.value().isEmpty()) {
                drawing = false;
                continue;
            }
            if (drawing) {
                t.lineTo(x.apply(i), y.apply(p.value().get()));
            } else {
                t.moveTo(x.apply(i), y.apply(p.value().get()));
                drawing = true;
            }
        }
        t.stroke();
        t.setColorFill(Palette.BLUE);
        for (int i = 0; i < points.size(); i++) {
            Trend.Point p = points.get(i);
            if (p.value().isPresent()) {
                t.circle(x.apply(i), y.apply(p.value().get()), i == points.size() - 1 ? lastDot : dot);
                t.fill();
            }
        }
    }

    private static float y(double value, double min, double range, float height, float pad) {
        if (range <= 0) {
            return height / 2;
        }
        return (float) (pad + (value - min) / range * (height - 2 * pad));
    }

    private Image draw(PdfContentByte canvas, float width, float height, java.util.function.Consumer<Graphics2D> paint) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts.fontMapper());
        try {
            synchronized (ChartDrawing.LOCK) {
                smooth(g);
                paint.accept(g);
            }
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart could not be placed in the PDF", e);
        }
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    private static float textWidth(Graphics2D g, String text) {
        FontMetrics metrics = g.getFontMetrics();
        return (float) metrics.getStringBounds(text, g).getWidth();
    }

    private static void drawString(Graphics2D g, String text, float x, float y) {
        g.drawString(text, x, y);
    }

    private static List<String> wrap(Graphics2D g, String text, float width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(g, candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
