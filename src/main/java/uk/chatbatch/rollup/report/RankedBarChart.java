package uk.chatbatch.rollup.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import uk.chatbatch.report.Palette;
import uk.chatbatch.report.ReportFonts;

/**
 * An indicator's LAs as horizontal bars in rank order, best at the top, with the group median as a solid line
 * and England as a dashed one across them, both named with their figures in the key above. An LA without a
 * ranked figure has no bar: the words "withheld", "not compared" or "no figure" stand where its bar would be,
 * so a withheld figure never reads as zero. Drawn straight onto a PDF template (vector, embedded font).
 */
final class RankedBarChart {

    static final float TEXT_SIZE = 8f;
    /** Above this many LAs the chart is drawn in parts of this size, each on the same scale. */
    static final int ROWS_PER_PART = 50;
    private static final float KEY_HEIGHT = 16f;
    private static final float AXIS_HEIGHT = 14f;

    /** The part of the chart's x range the figures, median and England span, from zero or below. */
    record Scale(double low, double high, double step) {

        static Scale of(IndicatorView view) {
            double low = 0;
            double high = 0;
            for (BenchmarkRow row : view.ordered()) {
                if (row.standing() == BenchmarkRow.Standing.RANKED) {
                    if (!Double.isFinite(row.value())) {
                        throw new IllegalArgumentException(RegionalData.laLabel(row.laCode()) + "'s figure is "
                                + row.value() + ", which has no place on a scale");
                    }
                    low = Math.min(low, row.value());
                    high = Math.max(high, row.value());
                }
            }
            for (Double line : new Double[] {view.stats().groupMedian(), view.england().map(IndicatorView.England::value).orElse(null)}) {
                if (line != null) {
                    low = Math.min(low, line);
                    high = Math.max(high, line);
                }
            }
            if (high - low <= 0) {
                high = low + 1;
            }
            double step = niceStep((high - low) / 5);
            return new Scale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        /** 1, 2 or 5 times a power of ten. */
        static double niceStep(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double m = rough / power;
            return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
        }
    }

    private RankedBarChart() {
    }

    /** Row height that keeps up to {@value #ROWS_PER_PART} bars legible on a page: roomier when there are few. */
    static float rowHeight(int rows) {
        return rows <= 12 ? 16f : rows <= 24 ? 13.5f : 11.5f;
    }

    static Image draw(PdfContentByte canvas, ReportFonts fonts, IndicatorView view, List<BenchmarkRow> rows,
                      Scale scale, float rowHeight, float width) {
        float height = KEY_HEIGHT + rows.size() * rowHeight + AXIS_HEIGHT;
        PdfTemplate t = canvas.createTemplate(width, height);
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();

        float rankWidth = regular.getWidthPoint("=00", TEXT_SIZE) + 4f;
        float nameWidth = 0;
        float valueWidth = regular.getWidthPoint("not compared", TEXT_SIZE);
        for (BenchmarkRow row : view.ordered()) {
            nameWidth = Math.max(nameWidth, regular.getWidthPoint(RegionalData.laLabel(row.laCode()), TEXT_SIZE));
            valueWidth = Math.max(valueWidth, regular.getWidthPoint(view.figure(row), TEXT_SIZE));
        }
        nameWidth = Math.min(nameWidth, width * 0.38f - rankWidth);
        float left = rankWidth + nameWidth + 6f;
        float right = width - valueWidth - 6f;
        float top = height - KEY_HEIGHT;
        float bottom = AXIS_HEIGHT;

        // zebra rows, then gridlines and ticks, then bars, lines, and the words over them
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                t.setColorFill(Palette.ZEBRA_FILL);
                t.rectangle(0, top - (i + 1) * rowHeight, width, rowHeight);
                t.fill();
            }
        }
        t.setLineWidth(0.4f);
        for (double tick = scale.low(); tick <= scale.high() + scale.step() / 1000; tick += scale.step()) {
            float x = x(tick, scale, left, right);
            t.setColorStroke(Palette.GRIDLINE);
            t.moveTo(x, bottom);
            t.lineTo(x, top);
            t.stroke();
            centred(t, regular, view.tick(tick), x, 3f, Palette.MUTED_TEXT);
        }
        t.setColorStroke(Palette.RULE);
        t.moveTo(left, bottom);
        t.lineTo(left, top);
        t.stroke();

        float zero = x(Math.max(0, scale.low()), scale, left, right);
        for (int i = 0; i < rows.size(); i++) {
            BenchmarkRow row = rows.get(i);
            float rowTop = top - i * rowHeight;
            float baseline = rowTop - rowHeight / 2 - TEXT_SIZE * 0.35f;
            if (row.standing() == BenchmarkRow.Standing.RANKED) {
                text(t, regular, view.rankText(row), rankWidth - 4f - regular.getWidthPoint(view.rankText(row), TEXT_SIZE),
                        baseline, Palette.TEXT);
            }
            text(t, regular, fitted(regular, RegionalData.laLabel(row.laCode()), nameWidth), rankWidth, baseline,
                    Palette.TEXT);
            if (row.standing() == BenchmarkRow.Standing.RANKED) {
                float end = x(row.value(), scale, left, right);
                float barHeight = rowHeight * 0.62f;
                t.setColorFill(Palette.BLUE);
                t.rectangle(Math.min(zero, end), rowTop - (rowHeight + barHeight) / 2, Math.abs(end - zero), barHeight);
                t.fill();
            }
        }
        view.stats().groupMedianOptional().ifPresent(m -> line(t, x(m, scale, left, right), bottom, top, Palette.BLACK, null));
        view.england().ifPresent(e -> line(t, x(e.value(), scale, left, right), bottom, top, Palette.VERMILLION_TEXT,
                new float[] {3f, 2f}));
        for (int i = 0; i < rows.size(); i++) {
            BenchmarkRow row = rows.get(i);
            float baseline = top - i * rowHeight - rowHeight / 2 - TEXT_SIZE * 0.35f;
            if (row.standing() == BenchmarkRow.Standing.RANKED) {
                float end = Math.max(zero, x(row.value(), scale, left, right));
                knockedOut(t, regular, view.figure(row), end + 3f, baseline, Palette.TEXT);
            } else {
                knockedOut(t, regular, view.figure(row), left + 3f, baseline, Palette.MUTED_TEXT);
            }
        }

        float keyY = height - KEY_HEIGHT + 5f;
        float keyX = left;
        keyX = key(t, bold, keyX, keyY, Palette.BLACK, null, "Group median " + view.medianText());
        key(t, bold, keyX + 14f, keyY, Palette.VERMILLION_TEXT, new float[] {3f, 2f}, view.englandText());
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException("the ranked chart could not be placed in the PDF", e);
        }
    }

    private static float x(double value, Scale scale, float left, float right) {
        return (float) (left + (value - scale.low()) / (scale.high() - scale.low()) * (right - left));
    }

    private static void line(PdfTemplate t, float x, float bottom, float top, Color colour, float[] dash) {
        t.saveState();
        t.setColorStroke(colour);
        t.setLineWidth(1.3f);
        if (dash != null) {
            t.setLineDash(dash, 0f);
        }
        t.moveTo(x, bottom);
        t.lineTo(x, top);
        t.stroke();
        t.restoreState();
    }

    /** A short line in the style of the chart's line, then its name; returns where the name ends. */
    private static float key(PdfTemplate t, BaseFont font, float x, float y, Color colour, float[] dash, String text) {
        t.saveState();
        t.setColorStroke(colour);
        t.setLineWidth(1.3f);
        if (dash != null) {
            t.setLineDash(dash, 0f);
        }
        t.moveTo(x, y + TEXT_SIZE * 0.35f);
        t.lineTo(x + 16f, y + TEXT_SIZE * 0.35f);
        t.stroke();
        t.restoreState();
        text(t, font, text, x + 20f, y, Palette.TEXT);
        return x + 20f + font.getWidthPoint(text, TEXT_SIZE);
    }

    /** Text on a white ground, so a median or England line under it does not cut through the letters. */
    private static void knockedOut(PdfTemplate t, BaseFont font, String text, float x, float y, Color colour) {
        float w = font.getWidthPoint(text, TEXT_SIZE);
        t.setColorFill(Color.WHITE);
        t.rectangle(x - 1f, y - 2f, w + 2f, TEXT_SIZE + 1.5f);
        t.fill();
        text(t, font, text, x, y, colour);
    }

    private static String fitted(BaseFont font, String text, float width) {
        if (font.getWidthPoint(text, TEXT_SIZE) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", TEXT_SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static void centred(PdfTemplate t, BaseFont font, String text, float x, float y, Color colour) {
        text(t, font, text, x - font.getWidthPoint(text, TEXT_SIZE) / 2, y, colour);
    }

    private static void text(PdfTemplate t, BaseFont font, String text, float x, float y, Color colour) {
        t.beginText();
        t.setFontAndSize(font, TEXT_SIZE);
        t.setColorFill(colour);
        t.setTextMatrix(x, y);
        t.showText(text);
        t.endText();
    }
}
