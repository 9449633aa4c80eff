package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The handling classification centred at the top of every page, as UK government markings are placed,
 * and a footer with the classification, LA, period end and variant on the left and "page N of M" on the
 * right. M is only known at the end, so it is written into a small template every page shares.
 */
public final class PageFooter extends PdfPageEventHelper {

    private static final float FONT_SIZE = ReportFonts.MIN_SIZE;

    private final String classification;
    private final String left;
    private final ReportFonts fonts;
    private final Font font;
    private final Font bold;
    /** Room for the page total: three digits' worth. */
    private final float totalWidth;
    private PdfTemplate total;

    public PageFooter(ReportVariant variant, String left, ReportFonts fonts) {
        this.classification = variant.classification();
        this.left = left;
        this.fonts = fonts;
        this.font = fonts.font(FONT_SIZE, false, Palette.MUTED_TEXT);
        this.bold = fonts.font(FONT_SIZE, true, Palette.TEXT);
        this.totalWidth = fonts.regular().getWidthPoint("000", FONT_SIZE);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(totalWidth, FONT_SIZE + 3f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float centre = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(classification.toUpperCase(java.util.Locale.UK), bold),
                centre, document.getPageSize().getHeight() - 28f, 0);

        float y = document.bottom() - 28f;
        canvas.saveState();
        canvas.setColorStroke(Palette.RULE);
        canvas.setLineWidth(0.5f);
        // Two lines, so a long classification never runs into the page number.
        float rule = y + 2 * FONT_SIZE + 7f;
        canvas.moveTo(document.left(), rule);
        canvas.lineTo(document.right(), rule);
        canvas.stroke();
        canvas.restoreState();

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(classification, bold), document.left(),
                y + FONT_SIZE + 3f, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, font), document.left(), y, 0);
        String page = "page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.regular().getWidthPoint(page, FONT_SIZE);
        float x = document.right() - totalWidth - pageWidth;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), x, y, 0);
        canvas.addTemplate(total, x + pageWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular(), FONT_SIZE);
        total.setColorFill(Palette.MUTED_TEXT);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
