package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;

import java.util.List;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.indicators.Breakdown;

/**
 * The catalogue's placement groups (CLA-06) for SSDA903 / Annex A placement type codes. R1 (residential care
 * home) is grouped with children's homes, as the catalogue does; H5, K3 and P2 are the semi-independent and
 * supported accommodation codes of successive 903 years.
 */
final class PlacementGroups {

    static final String FOSTER = "foster (including kinship)";
    static final String ADOPTION = "placed for adoption";
    static final String PARENTS = "placed with parents";
    static final String CHILDRENS_HOMES = "children's homes";
    static final String SUPPORTED = "semi-independent or supported accommodation";
    static final String OTHER = "other";
    static final List<String> GROUPS = List.of(FOSTER, ADOPTION, PARENTS, CHILDRENS_HOMES, SUPPORTED, OTHER,
            Breakdown.UNKNOWN);

    /** What each group holds, for definitions. */
    static final String DESCRIPTION = "foster care including with relatives or friends (U1 to U6), placed for"
            + " adoption (A3 to A6), placed with parents (P1), children's homes (K1, K2, R1), semi-independent or"
            + " supported accommodation (H5, K3, P2), other (P3, R2, R3, R5, S1, T0 to T4, Z1, Z11 to Z14), then"
            + " unknown for a placement type that was blank or not recognised";

    private PlacementGroups() {
    }

    static String group(String code) {
        if (code == null) {
            return Breakdown.UNKNOWN;
        }
        switch (code) {
            case "U1": case "U2": case "U3": case "U4": case "U5": case "U6":
                return FOSTER;
            case "A3": case "A4": case "A5": case "A6":
                return ADOPTION;
            case "P1":
                return PARENTS;
            case "K1": case "K2": case "R1":
                return CHILDRENS_HOMES;
            case "H5": case "K3": case "P2":
                return SUPPORTED;
            default:
                return OTHER;
        }
    }

    static Breakdown<AnnexARecord> breakdown() {
        return new Breakdown<AnnexARecord>("placement group", GROUPS, r -> group(r.text(PLACEMENT_TYPE)));
    }
}
