package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;

/** One part of the report, starting on a new page. */
interface ReportSection {

    void addTo(Document document, PdfWriter writer);
}
