package uk.chatbatch.model;

import java.util.List;

/**
 * The catalogue's placement groups (CLA-06) of SSDA903 placement type codes, which Annex A's List 8 uses too.
 * R1 (residential care home) is grouped with children's homes, as the catalogue does; H5, K3 and P2 are the
 * semi-independent and supported accommodation codes of successive 903 years.
 */
public final class PlacementGroups {

    public static final String NAME = "placement group";
    public static final String FOSTER = "foster (including kinship)";
    public static final String ADOPTION = "placed for adoption";
    public static final String PARENTS = "placed with parents";
    public static final String CHILDRENS_HOMES = "children's homes";
    public static final String SUPPORTED = "semi-independent or supported accommodation";
    public static final String OTHER = "other";
    /** The groups in the order breakdowns show them; a breakdown adds its own group for an unknown type. */
    public static final List<String> GROUPS = List.of(FOSTER, ADOPTION, PARENTS, CHILDRENS_HOMES, SUPPORTED, OTHER);

    /** What each group holds, for definitions (which then say what an unknown type is in their source). */
    public static final String DESCRIPTION = "foster care including with relatives or friends (U1 to U6), placed for"
            + " adoption (A3 to A6), placed with parents (P1), children's homes (K1, K2, R1), semi-independent or"
            + " supported accommodation (H5, K3, P2), other (P3, R2, R3, R5, S1, T0 to T4, Z1, Z11 to Z14)";

    private PlacementGroups() {
    }

    /** The group of a placement type code, or null when there is no code. */
    public static String group(String code) {
        if (code == null) {
            return null;
        }
        if (CodeSets.PLACED_FOR_ADOPTION.contains(code)) {
            return ADOPTION;
        }
        return switch (code) {
            case "U1", "U2", "U3", "U4", "U5", "U6" -> FOSTER;
            case "P1" -> PARENTS;
            case "K1", "K2", "R1" -> CHILDRENS_HOMES;
            case "H5", "K3", "P2" -> SUPPORTED;
            default -> OTHER;
        };
    }
}
