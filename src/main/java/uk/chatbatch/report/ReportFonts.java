package uk.chatbatch.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The fonts of one report: DejaVu Sans regular and bold, bundled with the product (see
 * fonts/LICENSE-DejaVu.txt) so the PDF looks the same on every machine.
 *
 * <p>OpenPDF embeds them as Identity-H subsets. JFreeChart measures text with the same files
 * registered as AWT fonts, and {@link #fontMapper()} sends whatever font a chart asks for to the
 * embedded ones, so no chart can pull in a font the PDF does not carry. Text set without an explicit
 * font would fall back to OpenPDF's non-embedded Helvetica: every paragraph, phrase and cell in the
 * report takes one of {@link #font}'s fonts.
 */
public final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR_FILE);
    private static final byte[] BOLD_BYTES = read(BOLD_FILE);
    private static final java.awt.Font AWT_REGULAR = awtFont(REGULAR_BYTES, REGULAR_FILE);
    private static final java.awt.Font AWT_BOLD = awtFont(BOLD_BYTES, BOLD_FILE);

    private final BaseFont regular;
    private final BaseFont bold;

    private ReportFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Fresh PDF fonts for one document (each document embeds its own subset). The subset tags
     * ("ABCDEF+DejaVuSans") are drawn from a generator seeded with {@code seed} rather than OpenPDF's
     * unseeded one, so the same report comes out byte for byte the same.
     */
    public static ReportFonts load(byte[] seed) {
        try {
            BaseFont regular = BaseFont.createFont(REGULAR_FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    REGULAR_BYTES, null);
            BaseFont bold = BaseFont.createFont(BOLD_FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD_BYTES, null);
            regular.setSecureRandom(seeded(seed, 1));
            bold.setSecureRandom(seeded(seed, 2));
            return new ReportFonts(regular, bold);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's bundled fonts could not be read", e);
        }
    }

    private static SecureRandom seeded(byte[] seed, int font) {
        try {
            // SHA1PRNG seeded before first use is deterministic; the tags only need to differ per font.
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            byte[] own = Arrays.copyOf(seed, seed.length + 1);
            own[seed.length] = (byte) font;
            random.setSeed(own);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is missing from this Java runtime", e);
        }
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** Nothing is printed smaller than this, in either document: smaller text is hard to read on paper. */
    public static final float MIN_SIZE = 8f;

    /** A font of at least {@link #MIN_SIZE} points. */
    public Font font(float size, boolean isBold, Color colour) {
        return new Font(isBold ? bold : regular, Math.max(MIN_SIZE, size), Font.NORMAL, colour);
    }

    /** The AWT font JFreeChart lays text out with, at least {@link #MIN_SIZE} points; same glyphs and widths as the embedded font. */
    public static java.awt.Font awt(float size, boolean isBold) {
        return (isBold ? AWT_BOLD : AWT_REGULAR).deriveFont(Math.max(MIN_SIZE, size));
    }

    /** Maps every AWT font a chart uses to the embedded DejaVu Sans, bold or regular. */
    public FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return isBold(font) ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return awt(size, font == bold);
            }
        };
    }

    /**
     * A font made from the bold file reports style PLAIN (the weight is in the glyphs, not the style
     * flag), so the face name is checked as well; measuring bold and drawing regular would space the
     * letters out.
     */
    static boolean isBold(java.awt.Font font) {
        return font.isBold() || font.getFontName(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/" + file + " is missing from the product");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font fonts/" + file + " could not be read", e);
        }
    }

    private static java.awt.Font awtFont(byte[] bytes, String file) {
        try {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            // Registered so a chart that names the family (rather than holding this Font) still finds it.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("font fonts/" + file + " is not a usable TrueType font", e);
        }
    }
}
