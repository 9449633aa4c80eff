package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Grouping;

import java.util.List;
import java.util.function.Function;
import uk.chatbatch.indicators.Breakdown;

/**
 * The catalogue's placement groups (CLA-06) for SSDA903 placement types, as the Annex A indicators group them:
 * R1 (residential care home) with children's homes; H5, K3 and P2 the semi-independent and supported
 * accommodation codes of successive years.
 */
public final class PlacementTypeGroups {

    public static final String NAME = "placement group";
    public static final String FOSTER = "foster (including kinship)";
    public static final String ADOPTION = "placed for adoption";
    public static final String PARENTS = "placed with parents";
    public static final String CHILDRENS_HOMES = "children's homes";
    public static final String SUPPORTED = "semi-independent or supported accommodation";
    public static final String OTHER = "other";
    public static final List<String> GROUPS = List.of(FOSTER, ADOPTION, PARENTS, CHILDRENS_HOMES, SUPPORTED, OTHER,
            Breakdown.UNKNOWN);

    /** What each group holds, for definitions. */
    public static final String DESCRIPTION = "foster care including with relatives or friends (U1 to U6), placed for"
            + " adoption (A3 to A6), placed with parents (P1), children's homes (K1, K2, R1), semi-independent or"
            + " supported accommodation (H5, K3, P2), other (P3, R2, R3, R5, S1, T0 to T4, Z1, Z11 to Z14), then"
            + " unknown for a blank placement type";

    private PlacementTypeGroups() {
    }

    public static String group(String code) {
        if (code == null) {
            return Breakdown.UNKNOWN;
        }
        return switch (code) {
            case "U1", "U2", "U3", "U4", "U5", "U6" -> FOSTER;
            case "A3", "A4", "A5", "A6" -> ADOPTION;
            case "P1" -> PARENTS;
            case "K1", "K2", "R1" -> CHILDRENS_HOMES;
            case "H5", "K3", "P2" -> SUPPORTED;
            default -> OTHER;
        };
    }

    public static <T> Grouping<T> grouping(Function<T, String> placementType) {
        return new Grouping<>(NAME, GROUPS, item -> group(placementType.apply(item)));
    }
}
