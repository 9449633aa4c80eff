package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The report's text styles and table cells. Every piece of text is made here with an explicit
 * embedded font; a Paragraph or cell made without one would bring in non-embedded Helvetica.
 */
public final class ReportStyle {

    /**
     * Lines break at spaces; after a slash, backslash or underscore (a path, a file or a setting's name); and after
     * the hyphen of a compound of two words of four letters or more ("postcode-|centroid"); between the words of a
     * CamelCase name ("ContinuousAssessment|AuthDate"); never inside a word or
     * at an id's hyphen ("CP-" and "04"), where OpenPDF's default would break.
     */
    static final SplitCharacter WHOLE_WORDS = (start, current, end, cc, ck) -> {
        int c = character(cc, ck, current);
        if (Character.isWhitespace(c) || c == '/' || c == '\\' || c == '_') {
            return true;
        }
        if (Character.isLowerCase(c) && current + 1 < cc.length
                && Character.isUpperCase(character(cc, ck, current + 1))) {
            return true;  // between the words of a CamelCase name, such as a CIN census element
        }
        return c == '-' && letters(cc, ck, current - 1, -1, start) >= 4 && letters(cc, ck, current + 1, 1, end) >= 4;
    };

    private static int character(char[] cc, PdfChunk[] ck, int i) {
        PdfChunk chunk = ck == null ? null : ck[Math.min(i, ck.length - 1)];
        return chunk == null ? cc[i] : chunk.getUnicodeEquivalent(cc[i]);
    }

    /** How many letters run from {@code from} in direction {@code step}, up to {@code limit}. */
    private static int letters(char[] cc, PdfChunk[] ck, int from, int step, int limit) {
        int n = 0;
        for (int i = from; step < 0 ? i >= Math.max(0, limit) : i < Math.min(cc.length, limit + 1); i += step) {
            if (!Character.isLetter(character(cc, ck, i))) {
                break;
            }
            n++;
        }
        return n;
    }

    public final ReportFonts fonts;
    public final Font title;
    public final Font subtitle;
    public final Font heading;
    public final Font subheading;
    public final Font body;
    public final Font bodyBold;
    public final Font small;
    public final Font smallMuted;
    public final Font cell;
    public final Font cellBold;
    public final Font cellSmall;
    public final Font cellMuted;
    public final Font cellAlert;
    public final Font cellSmallText;
    public final Font tileTitle;
    public final Font tileValue;
    public final Font tileText;
    public final Font tileMuted;
    public final Font tiny;
    public final Font contents;
    public final Font contentsBold;

    public ReportStyle(ReportFonts fonts) {
        this.fonts = fonts;
        title = fonts.font(22f, true, Palette.BLUE);
        subtitle = fonts.font(15f, false, Palette.TEXT);
        heading = fonts.font(15f, true, Palette.BLUE);
        subheading = fonts.font(11f, true, Palette.TEXT);
        body = fonts.font(9.5f, false, Palette.TEXT);
        bodyBold = fonts.font(9.5f, true, Palette.TEXT);
        small = fonts.font(8f, false, Palette.TEXT);
        smallMuted = fonts.font(8f, false, Palette.MUTED_TEXT);
        cell = fonts.font(8.5f, false, Palette.TEXT);
        cellBold = fonts.font(8.5f, true, Palette.TEXT);
        cellSmall = fonts.font(7.5f, false, Palette.MUTED_TEXT);
        cellMuted = fonts.font(8.5f, false, Palette.MUTED_TEXT);
        cellAlert = fonts.font(8.5f, true, Palette.VERMILLION);
        cellSmallText = fonts.font(7.5f, false, Palette.TEXT);
        tileTitle = fonts.font(7f, true, Palette.TEXT);
        tileValue = fonts.font(15f, true, Palette.TEXT);
        tileText = fonts.font(6.5f, false, Palette.TEXT);
        tileMuted = fonts.font(6.2f, false, Palette.MUTED_TEXT);
        tiny = fonts.font(6.5f, false, Palette.MUTED_TEXT);
        contents = fonts.font(10f, false, Palette.TEXT);
        contentsBold = fonts.font(10f, true, Palette.TEXT);
    }

    public Paragraph paragraph(String text, Font font, float spacingBefore, float spacingAfter) {
        Paragraph p = wholeWords(new Paragraph(text, font));
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingBefore(spacingBefore);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    public Paragraph heading(String text) {
        return paragraph(text, heading, 0f, 8f);
    }

    public Paragraph subheading(String text) {
        return paragraph(text, subheading, 10f, 3f);
    }

    public Paragraph body(String text) {
        return paragraph(text, body, 0f, 6f);
    }

    public PdfPTable table(float... relativeWidths) {
        return configured(new PdfPTable(relativeWidths));
    }

    /**
     * A table that starts where it is put and flows on to the next page when the rest of this one is too short,
     * its header repeated and rows kept whole: for a page's main table that must not leave the page blank.
     */
    PdfPTable flowingTable(float... relativeWidths) {
        return configured(new ReportPages.FlowingTable(relativeWidths));
    }

    private static PdfPTable configured(PdfPTable table) {
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        table.setHeaderRows(1);
        return table;
    }

    public PdfPCell header(String text) {
        return header(text, Element.ALIGN_LEFT);
    }

    public PdfPCell header(String text, int alignment) {
        PdfPCell c = cell(new Phrase(text, cellBold), alignment);
        c.setBackgroundColor(Palette.HEADER_FILL);
        return c;
    }

    public PdfPCell text(String text) {
        return cell(new Phrase(text, cell), Element.ALIGN_LEFT);
    }

    public PdfPCell text(String text, Font font) {
        return cell(new Phrase(text, font), Element.ALIGN_LEFT);
    }

    public PdfPCell number(String text) {
        return cell(new Phrase(text, cell), Element.ALIGN_RIGHT);
    }

    public PdfPCell number(String text, Font font) {
        return cell(new Phrase(text, font), Element.ALIGN_RIGHT);
    }

    public PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell c = new PdfPCell(wholeWords(phrase));
        c.setHorizontalAlignment(alignment);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setLeading(0f, 1.25f);
        c.setPaddingTop(3f);
        c.setPaddingBottom(4.5f);
        c.setPaddingLeft(4f);
        c.setPaddingRight(4f);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(Palette.RULE);
        c.setBorderWidth(0.5f);
        return c;
    }

    /** The phrase with every chunk breaking lines only between words; set before the phrase is laid out. */
    static <T extends Phrase> T wholeWords(T phrase) {
        for (Element e : phrase) {
            if (e instanceof Chunk chunk) {
                chunk.setSplitCharacter(WHOLE_WORDS);
            } else if (e instanceof Phrase inner) {
                wholeWords(inner);
            }
        }
        return phrase;
    }

    /** A borderless full-width cell in composite mode, for keeping a block of elements on one page. */
    public PdfPCell block() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0f);
        return c;
    }

    /** A font of the given size and weight in a colour, for text coloured by meaning (a rating, a change). */
    public Font coloured(Font like, Color colour) {
        return fonts.font(like.getSize(), like.getBaseFont() == fonts.bold(), colour);
    }

    public static Color zebra(int row) {
        return row % 2 == 1 ? Palette.ZEBRA_FILL : null;
    }
}
