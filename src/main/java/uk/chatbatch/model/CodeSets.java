package uk.chatbatch.model;

import java.util.List;
import java.util.Set;

/**
 * Groups of SSDA903 codes (which Annex A's List 8 uses too) that indicators count by, written once so the Annex
 * A and SSDA903 twins of a measure cannot drift apart.
 */
public final class CodeSets {

    /**
     * Reasons ceased that are special guardianship orders, in the order breakdowns show them: E45 and E46 (to
     * former foster carers), E47 and E48 (to other carers), then E43 and E44 (the codes before 2016-17).
     */
    public static final List<String> SPECIAL_GUARDIANSHIP = List.of("E45", "E46", "E47", "E48", "E43", "E44");
    /** The special guardianship orders made to former foster carers. */
    public static final List<String> SPECIAL_GUARDIANSHIP_FORMER_FOSTER_CARERS = List.of("E45", "E46", "E43");
    /** Reason ceased: residence order or child arrangements order. */
    public static final String CHILD_ARRANGEMENTS_ORDER = "E41";
    /** Reasons ceased that are adoptions: E11 (application unopposed) and E12 (opposed). */
    public static final Set<String> ADOPTED = Set.of("E11", "E12");
    /** Legal statuses of an agreed series of short breaks: V3 individual episodes, V4 agreements. */
    public static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    /** Legal statuses of a placement order (E1), and the freeing order (D1) it replaced in December 2005. */
    public static final Set<String> PLACEMENT_ORDER = Set.of("E1", "D1");
    /** Placement types placed for adoption: A3 to A6. */
    public static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    /**
     * Care leavers' main activities in education, employment or training (Annex A List 9 and SSDA903 ACTIV): F1, P1
     * higher education; F2, P2 other education; F4, P4 apprenticeships; F5, P5 other training or employment; F3, P3
     * the training or employment codes used to 2020-21.
     */
    public static final Set<String> IN_EDUCATION_EMPLOYMENT_OR_TRAINING =
            Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5");
    /** Care leavers' main activities not in education, employment or training, by reason: G4 to G6. */
    public static final List<String> NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING = List.of("G4", "G5", "G6");

    private CodeSets() {
    }
}
