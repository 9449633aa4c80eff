package uk.chatbatch.report;

/**
 * The two documents one run draws for each variant, from the same model: a short report a director reads in
 * ten minutes, and the analysts' appendix with everything behind it.
 */
public enum ReportDocument {

    /** At most {@value LeadersReport#PAGE_LIMIT} pages: the headline summary, a page or two per theme, what changed, data quality. */
    LEADERS("chat-leaders", "Leaders' report"),
    /** Every tile, chart, table, the full data-quality listing, the reconciliation and every definition. */
    APPENDIX("chat-appendix", "Analysts' appendix");

    private final String filePrefix;
    private final String title;

    ReportDocument(String filePrefix, String title) {
        this.filePrefix = filePrefix;
        this.title = title;
    }

    /** The file name of this document in a variant, e.g. chat-leaders-shareable.pdf. */
    public String fileName(ReportVariant variant) {
        return filePrefix + "-" + variant.label() + ".pdf";
    }

    /** "Leaders' report" or "Analysts' appendix", as the run summary and the cover print it. */
    public String title() {
        return title;
    }
}
