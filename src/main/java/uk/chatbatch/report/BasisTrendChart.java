package uk.chatbatch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.Unit;

/**
 * A headline measure's trend for the leaders' report: one slot per period, oldest on the left, the figure
 * above each point and what it is out of (its denominator, or the cases a median or count rests on) below,
 * so a jump on a handful of cases reads as such. Gaps stay where they are; a withheld figure is marked.
 */
public final class BasisTrendChart {

    public static final float HEIGHT = 70f;
    static final float TEXT_SIZE = 8f;
    static final String CAPTION = "The figure is above each point; the number below it is what the figure is out of"
            + " (or, for a median, a mean or a count, the cases it rests on). Each period is the six months to its period end.";

    private BasisTrendChart() {
    }

    public static Image draw(PdfContentByte canvas, ReportFonts fonts, Trend trend, Unit unit, float width) {
        PdfTemplate t = canvas.createTemplate(width, HEIGHT);
        List<Trend.Point> points = trend.points();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Trend.Point p : points) {
            if (p.value().isPresent()) {
                min = Math.min(min, p.value().get());
                max = Math.max(max, p.value().get());
            }
        }
        float slot = width / points.size();
        float bottom = 2 * TEXT_SIZE + 10f;
        float top = HEIGHT - TEXT_SIZE - 6f;
        final double low = min;
        final double range = max - min;
        BaseFont regular = fonts.regular();
        t.setColorStroke(Palette.GRIDLINE);
        t.setLineWidth(0.5f);
        t.moveTo(0, bottom - 3f);
        t.lineTo(width, bottom - 3f);
        t.stroke();
        t.setColorStroke(Palette.BLUE);
        t.setLineWidth(1.2f);
        ShapeCharts.trendLine(t, points, i -> slot * i + slot / 2, v -> y(v, low, range, bottom, top), 1.6f, 2.6f);
        for (int i = 0; i < points.size(); i++) {
            Trend.Point p = points.get(i);
            float x = slot * i + slot / 2;
            String above = p.withheld() ? SmallNumbers.SHOWN_AS
                    : p.value().map(v -> label(v, unit)).orElse("no figure");
            float y = p.value().map(v -> y(v, low, range, bottom, top) + 4f).orElse(bottom + 2f);
            text(t, regular, above, x, Math.min(y, HEIGHT - TEXT_SIZE), Palette.TEXT);
            text(t, regular, p.basis().map(Formats::count).orElse(""), x, TEXT_SIZE + 5f, Palette.MUTED_TEXT);
            text(t, regular, Formats.tinyMonth(p.periodEnd()) + (p.basisChange().isPresent() ? Trend.CHANGED : ""), x,
                    1.5f, Palette.MUTED_TEXT);
        }
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException("trend chart could not be placed in the PDF", e);
        }
    }

    /** The caption under the chart: {@link #CAPTION}, and what the mark means where a period carries it. */
    static String caption(Trend trend) {
        return CAPTION + (trend.points().stream().anyMatch(p -> p.basisChange().isPresent())
                ? " " + Trend.CHANGED_MEANS : "");
    }

    /** The figures in words, for the chart's alternative text. */
    public static String describe(Trend trend, Unit unit) {
        List<String> parts = new ArrayList<>();
        for (Trend.Point p : trend.points()) {
            String figure = p.withheld() ? "withheld" : p.value().map(v -> label(v, unit)
                    + p.basis().map(b -> " out of " + Formats.count(b)).orElse("")).orElse("no figure");
            parts.add(Formats.tinyMonth(p.periodEnd()) + " " + figure
                    + p.basisChange().map(why -> " (basis changed: " + why + ")").orElse(""));
        }
        return String.join("; ", parts) + ".";
    }

    private static String label(double value, Unit unit) {
        return Formats.number(value, unit).replace(" days", "");
    }

    private static float y(double value, double min, double range, float bottom, float top) {
        return range <= 0 ? (bottom + top) / 2 : (float) (bottom + (value - min) / range * (top - bottom));
    }

    /** Centred on x, at {@value #TEXT_SIZE} points. */
    private static void text(PdfTemplate t, BaseFont font, String text, float x, float y, java.awt.Color colour) {
        if (text.isEmpty()) {
            return;
        }
        float w = font.getWidthPoint(text, TEXT_SIZE);
        t.beginText();
        t.setFontAndSize(font, TEXT_SIZE);
        t.setColorFill(colour);
        t.setTextMatrix(x - w / 2, y);
        t.showText(text);
        t.endText();
    }
}
