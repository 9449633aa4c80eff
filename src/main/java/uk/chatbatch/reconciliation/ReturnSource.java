package uk.chatbatch.reconciliation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statutory return whose version of an Annex A measure is being compared, known from the suffix the
 * return's indicator id carries ({@code CLA-01-903}, {@code CP-01-CIN}), and the identifier it gives children.
 */
public enum ReturnSource {

    SSDA903("-903", "SSDA903", "CHILD"),
    CIN_CENSUS("-CIN", "CIN census", "LAchildID");

    private final String suffix;
    private final String label;
    private final String identifier;

    ReturnSource(String suffix, String label, String identifier) {
        this.suffix = suffix;
        this.label = label;
        this.identifier = identifier;
    }

    /** What a return's indicator id ends with: "-903" or "-CIN". */
    public String suffix() {
        return suffix;
    }

    /** "SSDA903" or "CIN census", as the datasets and the report name the return. */
    public String label() {
        return label;
    }

    /** The return's child identifier element: CHILD (SSDA903) or LAchildID (CIN census). */
    public String identifier() {
        return identifier;
    }

    /** The return a paired indicator id belongs to, from its suffix; empty for any other id. */
    public static Optional<ReturnSource> ofReturnId(String id) {
        return Arrays.stream(values()).filter(s -> id.endsWith(s.suffix) && id.length() > s.suffix.length())
                .findFirst();
    }

    /** The Annex A id a return's id pairs with: the id without its suffix. */
    public String baseId(String returnId) {
        if (!returnId.endsWith(suffix)) {
            throw new IllegalArgumentException(returnId + " does not end with " + suffix);
        }
        return returnId.substring(0, returnId.length() - suffix.length());
    }

    /** The source a dataset's return_source value names. */
    public static ReturnSource ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("return source '" + label
                        + "' is not one of SSDA903, CIN census"));
    }
}
