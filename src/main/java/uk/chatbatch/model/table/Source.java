package uk.chatbatch.model.table;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The inputs the product reads, as datasets and messages name them. A return (SSDA903, the CIN census) also marks
 * the ids of its indicators with a suffix ({@code CLA-01-903}, {@code CP-01-CIN}), which is how a measure is paired
 * with its Annex A version, and gives children its own identifier element.
 */
public enum Source {
    ANNEX_A("annex_a", "Annex A", "", "Child Unique ID"),
    SSDA903("ssda903", "SSDA903", "-903", "CHILD"),
    CIN_CENSUS("cin_census", "CIN census", "-CIN", "LAchildID");

    private final String id;
    private final String label;
    private final String idSuffix;
    private final String childIdentifier;

    Source(String id, String label, String idSuffix, String childIdentifier) {
        this.id = id;
        this.label = label;
        this.idSuffix = idSuffix;
        this.childIdentifier = childIdentifier;
    }

    /** The name in datasets: annex_a, ssda903, cin_census. */
    public String id() {
        return id;
    }

    /** The name in messages, descriptions and the reconciliation datasets: "SSDA903", "CIN census". */
    public String label() {
        return label;
    }

    /** What the source's indicator ids end with: "-903", "-CIN"; nothing for Annex A, whose ids are the base. */
    public String idSuffix() {
        return idSuffix;
    }

    /** The source's child identifier: Child Unique ID (Annex A), CHILD (SSDA903), LAchildID (CIN census). */
    public String childIdentifier() {
        return childIdentifier;
    }

    /** The statutory returns, whose indicators pair with Annex A's: SSDA903, then the CIN census. */
    public static List<Source> returns() {
        return List.of(SSDA903, CIN_CENSUS);
    }

    /** The return an indicator id belongs to, from its suffix; empty for an Annex A id or any other. */
    public static Optional<Source> ofReturnId(String indicatorId) {
        return returns().stream()
                .filter(s -> indicatorId.endsWith(s.idSuffix) && indicatorId.length() > s.idSuffix.length())
                .findFirst();
    }

    /** The Annex A id a return's indicator id pairs with: the id without this source's suffix. */
    public String baseId(String indicatorId) {
        if (!indicatorId.endsWith(idSuffix)) {
            throw new IllegalArgumentException(indicatorId + " does not end with " + idSuffix);
        }
        return indicatorId.substring(0, indicatorId.length() - idSuffix.length());
    }

    /** The source a label names, as a dataset's return_source column holds it. */
    public static Source ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("source '" + label + "' is not one of "
                        + Arrays.stream(values()).map(Source::label).toList()));
    }
}
