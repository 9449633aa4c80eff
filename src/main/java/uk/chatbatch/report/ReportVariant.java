package uk.chatbatch.report;

/**
 * Which of the two reports one run makes, and how each is marked. Both come from the same results; the
 * shareable one leaves out what identifies a child or a member of staff and withholds small numbers
 * (see {@link SmallNumbers}).
 */
public enum ReportVariant {

    /** For the LA's own use: team and worker tables, and where each data-quality issue is in the input. */
    INTERNAL("internal", "OFFICIAL-SENSITIVE: internal",
            "For use inside the LA only: it names teams and workers and says which input rows have problems."),
    /** For partners, the region or the inspectorate: no team or worker names, and small numbers withheld. */
    SHAREABLE("shareable", "OFFICIAL: shareable, small numbers suppressed",
            "May be shared outside the LA: it names no child, team or worker, and any figure based on 1 to "
                    + (SmallNumbers.THRESHOLD - 1) + " children or records is shown as " + SmallNumbers.SHOWN_AS + ".");

    private final String label;
    private final String classification;
    private final String handling;

    ReportVariant(String label, String classification, String handling) {
        this.label = label;
        this.classification = classification;
        this.handling = handling;
    }

    /** "internal" or "shareable", as the footer and file names use it. */
    /**
     * Variants named in a comma-separated list or YAML list ("internal, shareable"), in the order given;
     * an unknown name is rejected with a message naming it.
     */
    public static java.util.List<ReportVariant> parseList(String names, String where) {
        java.util.List<ReportVariant> variants = new java.util.ArrayList<>();
        for (String name : names.replace("[", "").replace("]", "").split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            ReportVariant found = java.util.Arrays.stream(values()).filter(v -> v.label.equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + ": report '" + n
                            + "' is not one of internal, shareable."));
            if (!variants.contains(found)) {
                variants.add(found);
            }
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException(where + ": name at least one report: internal, shareable.");
        }
        return variants;
    }

    public String label() {
        return label;
    }

    /** The handling marking printed on every page. */
    public String classification() {
        return classification;
    }

    /** One sentence on who may read it. */
    public String handling() {
        return handling;
    }

    /** Whether team and worker names and data-quality row locations may appear. */
    boolean isInternal() {
        return this == INTERNAL;
    }
}
