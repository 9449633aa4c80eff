package uk.chatbatch.generate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.model.table.AnnexACodeList;

/**
 * How the Ofsted template spells each code (../shared/reference/annex-a.md section 5), and the other
 * spellings LAs send for the same code. Codes and labels come from {@link AnnexACodeList}; what is here is
 * only the template's lettering and punctuation, which the code lists do not carry.
 *
 * <p>An other spelling is only offered when {@link AnnexACodeList#match} reads it back as the same code;
 * otherwise the template spelling stands in. (One case today: the in-touch label "No longer requires
 * services" starts with the code word "No", so it would be read as NO, not NREQ.)
 */
final class TemplateSpelling {

    /** How a list's template values are put together from letter, code and label. */
    private enum Shape {
        /** "a) Male", "c) Unknown", "e) Multiple/not recommended". */
        LETTER_LABEL,
        /** "a) WBRI". */
        LETTER_CODE,
        /** "q) 6: Police", "e) PR4: Private provision", "a) E11: Adopted - unopposed". */
        LETTER_CODE_LABEL,
        /** "C1: ICO", "F2: Full time in education other than higher", "Z: With former foster carers". */
        CODE_COLON_LABEL,
        /** "N1 - Abuse or neglect", "RC8 - Case closed after assessment, no further action". */
        CODE_DASH_LABEL
    }

    private static final Map<AnnexACodeList, Shape> SHAPES = new EnumMap<>(AnnexACodeList.class);
    /** Letters where the template's lettering is not simply a), b), c) in code-list order. */
    private static final Map<AnnexACodeList, Map<String, String>> LETTERS = new EnumMap<>(AnnexACodeList.class);
    /** Labels the template shortens ("Health services" for every 3x source, "ICO" for C1). */
    private static final Map<AnnexACodeList, Map<String, String>> SHORT_LABELS = new EnumMap<>(AnnexACodeList.class);
    private static final Map<AnnexACodeList, Map<String, String>> TEMPLATE = new EnumMap<>(AnnexACodeList.class);

    static {
        SHAPES.put(AnnexACodeList.GENDER, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.ETHNICITY, Shape.LETTER_CODE);
        SHAPES.put(AnnexACodeList.SOURCE, Shape.LETTER_CODE_LABEL);
        SHAPES.put(AnnexACodeList.YES_NO, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.YES_NO_UNKNOWN, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.NEED, Shape.CODE_DASH_LABEL);
        SHAPES.put(AnnexACodeList.CLOSURE, Shape.CODE_DASH_LABEL);
        SHAPES.put(AnnexACodeList.CASE_STATUS, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.ABUSE, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.LEGAL_STATUS, Shape.CODE_COLON_LABEL);
        SHAPES.put(AnnexACodeList.PERMANENCE_PLAN, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.REASON_CEASED, Shape.LETTER_CODE_LABEL);
        SHAPES.put(AnnexACodeList.PLACEMENT_TYPE, Shape.LETTER_CODE_LABEL);
        SHAPES.put(AnnexACodeList.PLACEMENT_PROVIDER, Shape.LETTER_CODE_LABEL);
        SHAPES.put(AnnexACodeList.PLACEMENT_LOCATION, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.ELIGIBILITY, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.IN_TOUCH, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.ACCOMMODATION, Shape.CODE_COLON_LABEL);
        SHAPES.put(AnnexACodeList.SUITABILITY, Shape.LETTER_LABEL);
        SHAPES.put(AnnexACodeList.ACTIVITY, Shape.CODE_COLON_LABEL);
        SHAPES.put(AnnexACodeList.REASON_NO_LONGER_PLACED, Shape.CODE_DASH_LABEL);
        SHAPES.put(AnnexACodeList.ADOPTER_LEAVING_REASON, Shape.CODE_DASH_LABEL);

        // The template gives NOBT the same letter as REFU; 5D was slotted in as p1).
        LETTERS.put(AnnexACodeList.ETHNICITY, Map.of("NOBT", "s"));
        LETTERS.put(AnnexACodeList.SOURCE, lettered(List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
                "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"),
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "p1", "q", "r",
                        "s", "t", "u")));
        // Legacy E43/E44 have no letter: the template never offered them.
        LETTERS.put(AnnexACodeList.REASON_CEASED, lettered(List.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45",
                "E46", "E47", "E48", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E8", "X1", "E17"), null));
        // K3 and Z11-Z14 postdate the template list, so they carry no letter.
        LETTERS.put(AnnexACodeList.PLACEMENT_TYPE, lettered(List.of("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5",
                "A6", "P1", "P2", "P3", "H5", "K1", "K2", "R1", "R2", "R3", "R5", "S1", "Z1", "T0", "T1", "T2", "T3",
                "T4"), null));

        Map<String, String> source = new HashMap<>();
        for (AnnexACodeList.Entry entry : AnnexACodeList.SOURCE.entries()) {
            int dash = entry.label().indexOf(" - ");
            source.put(entry.code(), dash < 0 ? entry.label() : entry.label().substring(0, dash));
        }
        SHORT_LABELS.put(AnnexACodeList.SOURCE, source);
        SHORT_LABELS.put(AnnexACodeList.LEGAL_STATUS, Map.of("C1", "ICO", "C2", "FCO", "L2", "EPO"));
        SHORT_LABELS.put(AnnexACodeList.IN_TOUCH, Map.of("REFU", "Refu", "NREQ", "NREQ", "RHOM", "Rhom"));
        SHORT_LABELS.put(AnnexACodeList.PERMANENCE_PLAN, Map.of("Other", "other"));

        for (AnnexACodeList list : AnnexACodeList.values()) {
            Map<String, String> spelt = new HashMap<>();
            List<AnnexACodeList.Entry> entries = list.entries();
            for (int i = 0; i < entries.size(); i++) {
                String code = entries.get(i).code();
                spelt.put(code, build(list, code, letter(list, code, i)));
            }
            TEMPLATE.put(list, spelt);
        }
    }

    private TemplateSpelling() {
    }

    /** The value as the template writes it: "a) Male", "q) 6: Police", "N1 - Abuse or neglect". */
    static String template(AnnexACodeList list, String code) {
        String spelt = TEMPLATE.get(list).get(code);
        if (spelt == null) {
            throw new IllegalArgumentException(code + " is not a code of " + list);
        }
        return spelt;
    }

    /** The label alone, as many LAs send it: "Female", "Yes", "Physical abuse", "Private provision". */
    static String bareLabel(AnnexACodeList list, String code) {
        return readable(list, code, list.label(code));
    }

    /**
     * The code and label with the other separator: "e) PR4 - Private provision" for the template's
     * "e) PR4: Private provision", "N1: Abuse or neglect" for "N1 - Abuse or neglect". Lists without
     * codes have no separator to vary, so they get the bare label.
     */
    static String otherSeparator(AnnexACodeList list, String code) {
        Shape shape = SHAPES.get(list);
        String label = list.label(code);
        return readable(list, code, switch (shape) {
            case LETTER_LABEL -> label;
            case LETTER_CODE, LETTER_CODE_LABEL -> {
                String template = template(list, code);
                int close = template.indexOf(") ");
                String prefix = close < 0 ? "" : template.substring(0, close + 2);
                yield prefix + code + " - " + label;
            }
            case CODE_COLON_LABEL -> code + " - " + label;
            case CODE_DASH_LABEL -> code + ": " + label;
        });
    }

    /** The code alone: "WBRI", "N1", "PR4"; the label for lists without codes. */
    static String bareCode(AnnexACodeList list, String code) {
        return readable(list, code, SHAPES.get(list) == Shape.LETTER_LABEL ? list.label(code) : code);
    }

    private static String readable(AnnexACodeList list, String code, String spelling) {
        return list.match(spelling).filter(code::equals).isPresent() ? spelling : template(list, code);
    }

    private static String build(AnnexACodeList list, String code, String letter) {
        String label = SHORT_LABELS.getOrDefault(list, Map.of()).getOrDefault(code, list.label(code));
        String prefix = letter == null ? "" : letter + ") ";
        return switch (SHAPES.get(list)) {
            case LETTER_LABEL -> prefix + label;
            case LETTER_CODE -> prefix + code;
            case LETTER_CODE_LABEL -> prefix + code + ": " + label;
            case CODE_COLON_LABEL -> code + ": " + label;
            case CODE_DASH_LABEL -> code + " - " + label;
        };
    }

    private static String letter(AnnexACodeList list, String code, int position) {
        Map<String, String> letters = LETTERS.get(list);
        if (letters != null) {
            if (letters.containsKey(code)) {
                return letters.get(code);
            }
            if (list != AnnexACodeList.ETHNICITY) {
                return null;
            }
        }
        return alphabetic(position);
    }

    private static Map<String, String> lettered(List<String> codes, List<String> letters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            map.put(codes.get(i), letters == null ? alphabetic(i) : letters.get(i));
        }
        return map;
    }

    /** a, b, ..., z, then zz as the template does for the 27th placement type. */
    private static String alphabetic(int position) {
        return position < 26 ? String.valueOf((char) ('a' + position)) : "z".repeat(position - 24);
    }
}
