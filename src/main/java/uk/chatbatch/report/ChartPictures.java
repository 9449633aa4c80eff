package uk.chatbatch.report;

import com.lowagie.text.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A figure's chart as a PNG picture, for the HTML leaders' report: drawn by the same painters as the PDF's
 * vector chart, at the PDF's size in points, onto pixels. Twice as many pixels as points, so it stays sharp
 * on a high-density screen and when zoomed; shown at 96 CSS pixels to the inch, the size it has on paper.
 */
final class ChartPictures {

    static final float PIXELS_PER_POINT = 2f;
    /** CSS pixels per point: 96 to the inch against 72. */
    static final float CSS_PIXELS_PER_POINT = 96f / 72f;
    /** The width of the PDF's text block, which a full-width figure fills. */
    static final float FULL_WIDTH = PageSize.A4.getWidth() - 2 * PdfReportWriter.MARGIN;
    /** A half-width figure's width, as the PDF lays two side by side. */
    static final float HALF_WIDTH = (FULL_WIDTH - ListSection.GUTTER) / 2;

    private ChartPictures() {
    }

    /** A PNG and the size it is shown at, in CSS pixels. */
    record Picture(byte[] png, int cssWidth, int cssHeight) {

        String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }
    }

    /** The figure's chart as a picture; empty for a table (the HTML has its own) or a figure with nothing drawn. */
    static Optional<Picture> of(Figure f, ReportCharts charts) {
        float width = f.half() ? HALF_WIDTH : FULL_WIDTH;
        if (f.body() instanceof BarChartData bars) {
            return Optional.of(drawnOnce(bars, width, () -> charts.picture(bars, width)));
        }
        if (f.body() instanceof PyramidData pyramid) {
            return Optional.of(drawnOnce(pyramid, width, () -> ShapeCharts.pyramidPicture(pyramid, width)));
        }
        if (f.body() instanceof DonutData donut) {
            return Optional.of(drawnOnce(donut, width, () -> ShapeCharts.donutPicture(donut, width)));
        }
        return Optional.empty();
    }

    /** Pictures kept, at most this many: a region run's LAs each bring their own. */
    static final int KEPT = 64;
    private static final Map<List<Object>, FutureTask<Picture>> DRAWN = new ConcurrentHashMap<>();

    /**
     * The picture of a chart's data at a width, drawn once: the same data gives the same pixels, and most of the
     * internal and shareable HTML's charts are the same (only a chart with a withheld number differs), so the
     * second page takes the first's picture, waiting for it when both ask at once. A chart that fails to draw is
     * not kept, so each page says so in its place.
     */
    static Picture drawnOnce(Record data, float width, Callable<Picture> draw) {
        List<Object> key = List.of(data, width);
        if (DRAWN.size() >= KEPT) {
            DRAWN.clear();
        }
        FutureTask<Picture> mine = new FutureTask<>(draw);
        FutureTask<Picture> drawing = DRAWN.putIfAbsent(key, mine);
        if (drawing == null) {
            drawing = mine;
            mine.run();
        }
        try {
            return drawing.get();
        } catch (ExecutionException e) {
            DRAWN.remove(key, drawing);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another report drew the same chart", e);
        }
    }

    /** Paints a chart of {@code width} by {@code height} points on a white picture. */
    static Picture paint(float width, float height, Consumer<Graphics2D> painter) {
        int w = Math.round(width * PIXELS_PER_POINT);
        int h = Math.round(height * PIXELS_PER_POINT);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
            synchronized (ChartDrawing.LOCK) {
                painter.accept(g);
            }
        } finally {
            g.dispose();
        }
        return new Picture(png(image), Math.round(width * CSS_PIXELS_PER_POINT),
                Math.round(height * CSS_PIXELS_PER_POINT));
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * An RGB picture ({@link BufferedImage#TYPE_INT_RGB}) as a PNG: no row filter and the fastest deflate. ImageIO's writer tries five filters on
     * every row at a higher level, and took most of the HTML report's time; a chart is mostly flat colour, which
     * deflates well without them. The same pixels give the same bytes.
     */
    static byte[] png(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        // the picture's own pixels: getRGB converts each one through the colour model, several times slower
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[h * (1 + 3 * w)];
        int at = 0;
        for (int y = 0; y < h; y++) {
            raw[at++] = 0;
            for (int x = 0; x < w; x++) {
                int rgb = pixels[y * w + x];
                raw[at++] = (byte) (rgb >> 16);
                raw[at++] = (byte) (rgb >> 8);
                raw[at++] = (byte) rgb;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
            z.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("the chart could not be compressed", e);
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
