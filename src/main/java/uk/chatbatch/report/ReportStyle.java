package uk.chatbatch.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The report's text styles and table cells. Every piece of text is made here with an explicit
 * embedded font; a Paragraph or cell made without one would bring in non-embedded Helvetica.
 */
final class ReportStyle {

    final ReportFonts fonts;
    final Font title;
    final Font subtitle;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallMuted;
    final Font cell;
    final Font cellBold;
    final Font cellSmall;
    final Font cellMuted;
    final Font cellAlert;
    final Font cellSmallText;
    final Font tileTitle;
    final Font tileValue;
    final Font tileText;
    final Font tileMuted;
    final Font tiny;
    final Font contents;
    final Font contentsBold;

    ReportStyle(ReportFonts fonts) {
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

    Paragraph paragraph(String text, Font font, float spacingBefore, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingBefore(spacingBefore);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    Paragraph heading(String text) {
        return paragraph(text, heading, 0f, 8f);
    }

    Paragraph subheading(String text) {
        return paragraph(text, subheading, 10f, 3f);
    }

    Paragraph body(String text) {
        return paragraph(text, body, 0f, 6f);
    }

    PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        table.setHeaderRows(1);
        return table;
    }

    PdfPCell header(String text) {
        return header(text, Element.ALIGN_LEFT);
    }

    PdfPCell header(String text, int alignment) {
        PdfPCell c = cell(new Phrase(text, cellBold), alignment);
        c.setBackgroundColor(Palette.HEADER_FILL);
        return c;
    }

    PdfPCell text(String text) {
        return cell(new Phrase(text, cell), Element.ALIGN_LEFT);
    }

    PdfPCell text(String text, Font font) {
        return cell(new Phrase(text, font), Element.ALIGN_LEFT);
    }

    PdfPCell number(String text) {
        return cell(new Phrase(text, cell), Element.ALIGN_RIGHT);
    }

    PdfPCell number(String text, Font font) {
        return cell(new Phrase(text, font), Element.ALIGN_RIGHT);
    }

    PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell c = new PdfPCell(phrase);
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

    /** A borderless full-width cell in composite mode, for keeping a block of elements on one page. */
    PdfPCell block() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0f);
        return c;
    }

    /** A font of the given size and weight in a colour, for text coloured by meaning (a rating, a change). */
    Font coloured(Font like, Color colour) {
        return fonts.font(like.getSize(), like.getBaseFont() == fonts.bold(), colour);
    }

    static Color zebra(int row) {
        return row % 2 == 1 ? Palette.ZEBRA_FILL : null;
    }
}
