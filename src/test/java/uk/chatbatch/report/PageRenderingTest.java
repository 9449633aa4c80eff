package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page of both variants renders, as a reader's viewer would draw it (PDFBox, not the library that wrote
 * it), and none is blank: each has ink between the top marking and the footer.
 */
class PageRenderingTest {

    static final float DPI = 40f;

    @ParameterizedTest
    @EnumSource(ReportVariant.class)
    void everyPageRendersWithSomethingOnIt(ReportVariant variant) throws IOException {
        byte[] bytes = ReportPdf.render(ReportFixture.input(variant));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, DPI, ImageType.RGB);
                assertThat(image.getWidth()).as("A4 width at %s dpi", DPI).isBetween(330, 331);
                assertThat(inkInBody(image)).as("page %d of the %s report has content", p + 1, variant.label())
                        .isGreaterThan(150);
            }
        }
    }

    /** Pixels that are not near-white between the top marking (top 50 pt) and the footer (bottom 70 pt). */
    static int inkInBody(BufferedImage image) {
        int top = Math.round(50 / 72f * DPI);
        int bottom = image.getHeight() - Math.round(70 / 72f * DPI);
        int ink = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
