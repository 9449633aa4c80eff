package uk.chatbatch.cin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.model.table.CodeList;
import uk.chatbatch.model.table.CodeSpelling;
import uk.chatbatch.model.table.YearRange;

/**
 * The CIN census code lists (../shared/reference/cin-census.md section 3), with the census years in
 * which each code is valid where the reference gives them (section 4). Years are census end years:
 * 2023 is the census of 1 April 2022 to 31 March 2023.
 *
 * <p>The lists the CIN census shares with Annex A (ethnicity, referral source, primary need, reason
 * for closure, category of abuse) take their codes and labels from Annex A's
 * {@link AnnexACodeList}; only the
 * validity years are added here. Matching is stricter than Annex A's: an XML value is a code, so
 * only the whole code matches ({@link CodeSpelling#ANY_CASE}), never a label or a prefix.
 */
public enum CinCodeList implements CodeList {
    ETHNICITY(fromAnnexA(AnnexACodeList.ETHNICITY)),
    REFERRAL_SOURCE(fromAnnexA(AnnexACodeList.SOURCE, since("5D", 2023))),
    PRIMARY_NEED(fromAnnexA(AnnexACodeList.NEED)),
    REASON_FOR_CLOSURE(fromAnnexA(AnnexACodeList.CLOSURE, since("RC9", 2023))),
    CATEGORY_OF_ABUSE(fromAnnexA(AnnexACodeList.ABUSE)),
    /** Up to 2023-24. The element, not the code, is what changed in 2024-25; see {@link CinField#SEX}. */
    GENDER_CURRENT(List.of(e("1", "Male"), e("2", "Female"), e("0", "Not recorded, or unborn"),
            e("9", "Indeterminate"))),
    /** From 2024-25 (CBDS N00783); U for an unborn child. */
    SEX(List.of(e("M", "Male"), e("F", "Female"), e("U", "Unknown or not recorded"))),
    DISABILITY(List.of(e("NONE", "No disability"), e("MOB", "Mobility"), e("HAND", "Hand function"),
            e("PC", "Personal care"), e("INC", "Incontinence"), e("COMM", "Communication"), e("LD", "Learning"),
            e("HEAR", "Hearing"), e("VIS", "Vision"), e("BEH", "Behaviour (including ADHD)"),
            e("CON", "Consciousness (seizures)"), e("AUT", "Diagnosed autism or Asperger syndrome"),
            e("DDA", "Other DDA-defined disability"))),
    /** UN1-UN5 worded as in the SSDA903 (the CIN wording is not confirmed); UN6's meaning was not found. */
    UPN_UNKNOWN(List.of(e("UN1", "Not of school age, no UPN yet"),
            e("UN2", "Never attended a maintained school in England"), e("UN3", "Educated outside England"),
            e("UN4", "Newly looked after, UPN not yet known"), e("UN5", "Source discrepancies prevent matching"),
            e("UN6", "UN6 (meaning not found in the sources read)"), e("UN7", "Referral with no further action"))),
    ASSESSMENT_FACTOR(assessmentFactors());

    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();

    CinCodeList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            byCode.put(CodeSpelling.ANY_CASE.key(entry.code()), entry);
        }
    }

    /**
     * A code and its meaning, valid in the census years {@code since} to {@code until} inclusive.
     */
    public record Entry(String code, String label, int since, int until) {

        public boolean validIn(int censusYear) {
            return censusYear >= since && censusYear <= until;
        }

        /** The collection years it is valid in: the census of year N is the collection year ending in N. */
        public YearRange years() {
            return new YearRange(since > ALWAYS_SINCE ? Optional.of(since - 1) : Optional.empty(),
                    until < STILL_VALID ? Optional.of(until - 1) : Optional.empty());
        }

        /** The first census year it is valid in, when the reference gives one. */
        public OptionalInt firstCensusYear() {
            return since > ALWAYS_SINCE ? OptionalInt.of(since) : OptionalInt.empty();
        }

        /** The last census year it is valid in, when it is no longer valid. */
        public OptionalInt lastCensusYear() {
            return until < STILL_VALID ? OptionalInt.of(until) : OptionalInt.empty();
        }

        /** "from the 2022-23 census", "up to the 2019-20 census", or empty when always valid. */
        public String validity() {
            if (since > ALWAYS_SINCE && until < STILL_VALID) {
                return "used in the " + CinCensusHeader.label(since) + " to " + CinCensusHeader.label(until) + " censuses";
            }
            if (since > ALWAYS_SINCE) {
                return "used from the " + CinCensusHeader.label(since) + " census";
            }
            if (until < STILL_VALID) {
                return "used up to the " + CinCensusHeader.label(until) + " census";
            }
            return "";
        }
    }

    static final int ALWAYS_SINCE = 0;
    static final int STILL_VALID = 9999;

    public List<Entry> entries() {
        return entries;
    }

    public List<String> codes() {
        return entries.stream().map(Entry::code).toList();
    }

    @Override
    public List<String> storedCodes() {
        return codes();
    }

    @Override
    public Optional<YearRange> validity(String code) {
        return Optional.ofNullable(byCode.get(CodeSpelling.ANY_CASE.key(code))).map(Entry::years);
    }

    /** The entry for a value as found, or empty when it is not a code of this list. */
    public Optional<Entry> match(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(CodeSpelling.ANY_CASE.key(raw)));
    }

    /** What the list accepts, for messages. */
    public String describeAccepted() {
        List<String> codes = codes();
        return codes.size() <= 12 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 12)) + ", ... (" + codes.size() + " codes)";
    }

    private static Entry e(String code, String label) {
        return new Entry(code, label, ALWAYS_SINCE, STILL_VALID);
    }

    private static Entry e(String code, String label, int since, int until) {
        return new Entry(code, label, since, until);
    }

    private record Validity(String code, int since, int until) {
    }

    private static Validity since(String code, int year) {
        return new Validity(code, year, STILL_VALID);
    }

    private static List<Entry> fromAnnexA(AnnexACodeList list, Validity... validity) {
        Map<String, Validity> byCode = new HashMap<>();
        for (Validity v : validity) {
            byCode.put(v.code(), v);
        }
        List<Entry> entries = new ArrayList<>();
        for (AnnexACodeList.Entry entry : list.entries()) {
            Validity v = byCode.get(entry.code());
            entries.add(v == null ? e(entry.code(), entry.label()) : e(entry.code(), entry.label(), v.since(), v.until()));
        }
        return entries;
    }

    /** A, B, C: the factor concerns the child, a parent or carer, another member of the household. */
    private static List<Entry> assessmentFactors() {
        Map<String, String> abc = new LinkedHashMap<>();
        abc.put("1", "Alcohol misuse");
        abc.put("2", "Drug misuse");
        abc.put("3", "Domestic violence");
        abc.put("4", "Mental health");
        abc.put("5", "Learning disability");
        abc.put("6", "Physical disability or illness");
        List<Entry> entries = new ArrayList<>();
        abc.forEach((n, label) -> {
            entries.add(e(n + "A", label + " - child"));
            entries.add(e(n + "B", label + " - parent or carer"));
            entries.add(e(n + "C", label + " - other person in the household"));
        });
        Collections.addAll(entries,
                e("7A", "Young carer"),
                e("8B", "Privately fostered - overseas, intending to return"),
                e("8C", "Privately fostered - overseas, intending to stay"),
                e("8D", "Privately fostered - UK, educational placement"),
                e("8E", "Privately fostered - UK, alternative family arrangement"),
                e("8F", "Privately fostered - other"),
                e("9A", "Unaccompanied asylum-seeking child"),
                e("10A", "Going or being missing"),
                e("11A", "Child sexual exploitation"),
                e("12A", "Trafficking"),
                e("13A", "Gangs"),
                e("14A", "Socially unacceptable behaviour"),
                e("15A", "Self-harm"),
                e("16A", "Neglect"),
                e("17A", "Emotional abuse"),
                e("18A", "Physical abuse", ALWAYS_SINCE, 2020),
                e("18B", "Physical abuse - child on child", 2021, STILL_VALID),
                e("18C", "Physical abuse - adult on child", 2021, STILL_VALID),
                e("19A", "Sexual abuse", ALWAYS_SINCE, 2020),
                e("19B", "Sexual abuse - child on child", 2021, STILL_VALID),
                e("19C", "Sexual abuse - adult on child", 2021, STILL_VALID),
                e("20", "Other"),
                e("21", "No factors identified"),
                e("22A", "Female genital mutilation"),
                e("23A", "Abuse linked to faith or belief"),
                e("24A", "Child criminal exploitation", 2022, STILL_VALID));
        return entries;
    }
}
