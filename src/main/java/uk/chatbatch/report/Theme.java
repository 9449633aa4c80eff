package uk.chatbatch.report;

import java.util.List;
import java.util.Optional;

/**
 * The six areas of service a leaders' report gives a page or two each, and which indicators belong to them,
 * by the catalogue id's prefix (ASM-02 is assessment). Data-quality and workforce measures belong to none.
 */
enum Theme {

    FRONT_DOOR("Front door", "Contacts, early help and referrals.", List.of("REF-03", "REF-01"),
            "CON", "EH", "REF"),
    ASSESSMENT("Assessment and children in need", "Assessments, and children in need.",
            List.of("ASM-03", "ASM-03-CIN", "CIN-02"), "ASM", "CIN"),
    CHILD_PROTECTION("Child protection", "Section 47 enquiries, conferences and child protection plans.",
            List.of("S47-03M", "CP-03", "CP-07"), "S47", "CP"),
    CHILDREN_IN_CARE("Children in care", "Children looked after, their placements, health and visits; special"
            + " guardianship.", List.of("CLA-06", "CLA-05"), "CLA", "SGO"),
    CARE_LEAVERS("Care leavers", "Care leavers aged 19 to 21 (and 22 to 25 receiving support).",
            List.of("CL-06"), "CL"),
    ADOPTION("Adoption", "Children's adoption timeliness (the adoption scorecard's A1, A2, A10) and adopters.",
            List.of("ADO-04", "ADR-01"), "ADO", "ADR");

    private final String title;
    private final String scope;
    private final List<String> keyCharts;
    private final List<String> prefixes;

    Theme(String title, String scope, List<String> keyCharts, String... prefixes) {
        this.title = title;
        this.scope = scope;
        this.keyCharts = keyCharts;
        this.prefixes = List.of(prefixes);
    }

    /** The indicators whose charts the theme's pages show, in order, when they were computed. */
    List<String> keyCharts() {
        return keyCharts;
    }

    String title() {
        return title;
    }

    String scope() {
        return scope;
    }

    String key() {
        return "theme-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The theme of an indicator id: "CL-02" is a care leavers measure, "CLA-07" a children in care one. */
    static Optional<Theme> of(String indicatorId) {
        String prefix = indicatorId.split("-", 2)[0];
        for (Theme t : values()) {
            if (t.prefixes.contains(prefix)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
