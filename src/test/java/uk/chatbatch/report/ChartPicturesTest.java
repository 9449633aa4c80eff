package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The HTML report's chart pictures: PNGs any reader decodes to the pixels drawn, the same bytes every time. */
class ChartPicturesTest {

    @Test
    void aPngDecodesToExactlyThePixelsDrawn() throws Exception {
        BufferedImage drawn = new BufferedImage(7, 3, BufferedImage.TYPE_INT_RGB);
        int[][] rows = {
            {0xFFFFFF, 0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0xFEDCBA},
            {0x0072B2, 0x0072B2, 0x0072B2, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0x010203},
            {0xD55E00, 0xFFFFFF, 0xD55E00, 0xFFFFFF, 0xD55E00, 0xFFFFFF, 0xD55E00},
        };
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length; x++) {
                drawn.setRGB(x, y, rows[y][x]);
            }
        }

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(ChartPictures.png(drawn)));

        assertThat(decoded.getWidth()).isEqualTo(7);
        assertThat(decoded.getHeight()).isEqualTo(3);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length; x++) {
                assertThat(decoded.getRGB(x, y) & 0xFFFFFF).as("pixel " + x + "," + y).isEqualTo(rows[y][x]);
            }
        }
    }

    @Test
    void aBarChartIsTwicePointsInPixelsShownAtItsPaperSizeAndTheSameBytesEachTime() throws Exception {
        BarChartData referrals = new BarChartData("Month", "Referrals", List.of("April 2026", "May 2026", "June 2026"),
                List.of(BarChartData.Series.counts("Referrals", List.of(30L, 23L, 34L))), false, Optional.empty());
        Figure full = new Figure("REF-01", "REF-01  Referrals, by month", referrals, "30, 23 and 34.", false);
        Figure half = new Figure("REF-01", "REF-01  Referrals, by month", referrals, "30, 23 and 34.", true);
        ReportCharts charts = new ReportCharts();

        ChartPictures.Picture picture = ChartPictures.of(full, charts).orElseThrow();
        float height = ReportCharts.height(referrals, ChartPictures.FULL_WIDTH);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.png()));

        assertThat(ChartPictures.FULL_WIDTH).as("A4 less the PDF's margins, in points").isEqualTo(495f);
        assertThat(decoded.getWidth()).isEqualTo(990);
        assertThat(decoded.getHeight()).isEqualTo(Math.round(height * 2));
        assertThat(picture.cssWidth()).as("495 points at 96 CSS pixels to the inch").isEqualTo(660);
        assertThat(picture.cssHeight()).isEqualTo(Math.round(height * 4 / 3));
        assertThat(ChartPictures.of(half, charts).orElseThrow().cssWidth()).as("(495 - 14) / 2 points")
                .isEqualTo(Math.round(240.5f * 4 / 3));
        assertThat(inked(decoded)).as("bars, axes and labels drawn on white").isBetween(0.02, 0.5);
        assertThat(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() - 2) & 0xFFFFFF).as("white ground")
                .isEqualTo(0xFFFFFF);
        assertThat(new ReportCharts().picture(referrals, ChartPictures.FULL_WIDTH).png())
                .as("the same bytes when drawn again").isEqualTo(picture.png());
        assertThat(picture.dataUri()).startsWith("data:image/png;base64,iVBORw0KGgo");
    }

    /**
     * The internal and shareable HTML pages share a chart's picture when its data are the same: drawn once, the
     * second asks and gets the first's. Other data, or another width, are drawn; a drawing that fails is not kept.
     */
    @Test
    void aChartsPictureIsDrawnOnceForTheSameDataAndWidth() {
        AtomicInteger drawn = new AtomicInteger();
        BarChartData internal = new BarChartData("Month", "Plans", List.of("April", "May"),
                List.of(BarChartData.Series.counts("Plans", List.of(41L, 37L))), false, Optional.empty());
        BarChartData shareable = new BarChartData("Month", "Plans", List.of("April", "May"),
                List.of(BarChartData.Series.counts("Plans", List.of(41L, 37L))), false, Optional.empty());
        BarChartData withheld = new BarChartData("Month", "Plans", List.of("April", "May"),
                List.of(new BarChartData.Series("Plans", List.of(41L, 0L), List.of("41", "<5"))), false,
                Optional.empty());
        Callable<ChartPictures.Picture> draw = () -> {
            drawn.incrementAndGet();
            return new ChartPictures.Picture(new byte[] {1}, 1, 1);
        };

        ChartPictures.Picture first = ChartPictures.drawnOnce(internal, 333f, draw);
        assertThat(ChartPictures.drawnOnce(shareable, 333f, draw)).as("equal data: the first's picture").isSameAs(first);
        assertThat(drawn).hasValue(1);
        ChartPictures.drawnOnce(withheld, 333f, draw);
        assertThat(drawn).as("a withheld number makes another chart").hasValue(2);
        ChartPictures.drawnOnce(internal, 334f, draw);
        assertThat(drawn).as("another width").hasValue(3);

        BarChartData faulty = new BarChartData("Month", "Plans", List.of("June"),
                List.of(BarChartData.Series.counts("Plans", List.of(9L))), false, Optional.empty());
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> ChartPictures.drawnOnce(faulty, 333f, () -> {
                drawn.incrementAndGet();
                throw new IllegalStateException("no room for the axis");
            })).as("attempt " + attempt).hasMessage("no room for the axis");
        }
        assertThat(drawn).as("each page tries, and says so in its place").hasValue(5);
    }

    @Test
    void aTableHasNoPicture() {
        Figure table = new Figure("CP-05", "CP-05  Plans by team", new Figure.TableData(List.of("Team", "Plans"),
                List.of(List.of("Team A", "12")), List.of(false, true), List.of(70f, 30f)), "Team A: 12.", false);

        assertThat(ChartPictures.of(table, new ReportCharts())).isEmpty();
    }

    private static double inked(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != Color.WHITE.getRGB() - 0xFF000000) {
                    ink++;
                }
            }
        }
        return (double) ink / (image.getWidth() * image.getHeight());
    }
}
