package uk.chatbatch.model.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.model.CodeMatcher;
import uk.chatbatch.model.Text;


/**
 * The Annex A code lists (../shared/reference/annex-a.md section 5) and how a cell's text is
 * matched to one of their codes.
 * They sit below every source because the CIN census reuses several of them (ethnicity, referral source,
 * primary need, closure reason, category of abuse).
 *
 * <p>A value is matched on its code, anchored, never by substring: the template's letter prefix
 * ("a) ", "p1) ") is removed, then the first whole token is looked up as a code ("q) 6: Police" is 6,
 * "e) PR4 - Private provision" is PR4), unless the whole remaining text is a label or an alias
 * ("Female", "Physical abuse", "No longer requires services"), which is tried first. "Monkey"
 * matches nothing, so it is not Male.
 *
 * <p>Lists whose template values carry no official code (gender, yes/no, case status, ...) store
 * their canonical label as the code, and are matched on labels only.
 */
public enum AnnexACodeList implements CodeMatcher, CodeList {
    GENDER(false,
            e("Male", "Male", "M"),
            e("Female", "Female", "F"),
            e("Not stated/recorded", "Not stated/recorded", "Not stated", "Not recorded", "Unknown", "Indeterminate"),
            e("Neither", "Neither")),
    ETHNICITY(true,
            e("WBRI", "White British"), e("WIRI", "White Irish"), e("WIRT", "Traveller of Irish heritage"),
            e("WOTH", "Any other White background"), e("WROM", "Gypsy/Roma"),
            e("MWBC", "White and Black Caribbean"), e("MWBA", "White and Black African"),
            e("MWAS", "White and Asian"), e("MOTH", "Any other Mixed background"),
            e("AIND", "Indian"), e("APKN", "Pakistani"), e("ABAN", "Bangladeshi"),
            e("AOTH", "Any other Asian background"), e("BCRB", "Caribbean"), e("BAFR", "African"),
            e("BOTH", "Any other Black background"), e("CHNE", "Chinese"), e("OOTH", "Any other ethnic group"),
            e("REFU", "Refused"),
            // SSD-AA emits "u) UNKNOWN" as its catch-all; it means the same as not yet obtained.
            e("NOBT", "Information not yet obtained", "UNKNOWN")),
    SOURCE(true,
            e("1A", "Individual - family member, relative or carer"), e("1B", "Individual - acquaintance"),
            e("1C", "Individual - self"), e("1D", "Individual - other"),
            e("2A", "Schools"), e("2B", "Education services"),
            e("3A", "Health services - GP"), e("3B", "Health services - health visitor"),
            e("3C", "Health services - school nurse"), e("3D", "Health services - other primary health"),
            e("3E", "Health services - A&E"), e("3F", "Health services - other"),
            e("4", "Housing"), e("5A", "LA services - social care"), e("5B", "LA services - other internal"),
            e("5C", "LA services - external"), e("5D", "LA services - early help"),
            e("6", "Police"), e("7", "Other legal agency"), e("8", "Other"), e("9", "Anonymous"),
            e("10", "Unknown")),
    YES_NO(false, e("Yes", "Yes", "Y"), e("No", "No", "N")),
    YES_NO_UNKNOWN(false, e("Yes", "Yes", "Y"), e("No", "No", "N"), e("Unknown", "Unknown", "U")),
    NEED(true,
            e("N1", "Abuse or neglect"), e("N2", "Child's disability"), e("N3", "Parental disability or illness"),
            e("N4", "Family in acute stress"), e("N5", "Family dysfunction"), e("N6", "Socially unacceptable behaviour"),
            e("N7", "Low income"), e("N8", "Absent parenting"), e("N9", "Cases other than children in need"),
            e("N0", "Not stated")),
    CLOSURE(true,
            e("RC1", "Adopted"), e("RC2", "Died"), e("RC3", "Child arrangements order"),
            e("RC4", "Special guardianship order"), e("RC5", "Transferred to services of another local authority"),
            e("RC6", "Transferred to adult social care services"),
            e("RC7", "Services ceased for any other reason, including child no longer in need"),
            e("RC8", "Case closed after assessment, no further action"),
            e("RC9", "Case closed after assessment, referred to early help")),
    CASE_STATUS(false,
            e("Looked after child", "Looked after child"), e("Child Protection plan", "Child Protection plan"),
            e("Child in need plan", "Child in need plan"), e("Open assessment", "Open assessment"),
            e("Closed episode", "Closed episode")),
    ABUSE(true,
            e("NEG", "Neglect"), e("PHY", "Physical abuse"), e("SAB", "Sexual abuse"), e("EMO", "Emotional abuse"),
            e("MUL", "Multiple/not recommended", "Multiple")),
    LEGAL_STATUS(true,
            e("C1", "Interim care order"), e("C2", "Full care order"), e("D1", "Freeing order"),
            e("E1", "Placement order"), e("V2", "Single period under S20"),
            e("V3", "Short term breaks, episodes recorded"), e("V4", "Short term breaks, agreements recorded"),
            e("L1", "Police protection LA accommodation"), e("L2", "Emergency protection order"),
            e("L3", "Child assessment order LA accommodation"), e("J1", "Remanded to LA or youth detention"),
            e("J2", "LA accommodation under PACE"), e("J3", "Youth rehabilitation order")),
    PERMANENCE_PLAN(false,
            e("Return to family", "Return to family"), e("Adoption", "Adoption"), e("SGO/CAO", "SGO/CAO"),
            e("Supported living in the community", "Supported living in the community"),
            e("Long-term residential placement", "Long-term residential placement"),
            e("Long-term fostering", "Long-term fostering"), e("Other", "Other")),
    REASON_CEASED(true,
            e("E11", "Adopted - unopposed"), e("E12", "Adopted - consent dispensed"), e("E2", "Died"),
            e("E3", "Care taken by another LA"), e("E4A", "Returned home - planned"),
            e("E4B", "Returned home - unplanned"),
            e("E13", "Left to live with parents, relatives or other without parental responsibility"),
            e("E41", "Residence or child arrangements order"), e("E45", "SGO - former carer relative or friend"),
            e("E46", "SGO - former carer other"), e("E47", "SGO - relative or friend"), e("E48", "SGO - other"),
            e("E43", "SGO (legacy code) - former carer"), e("E44", "SGO (legacy code) - other"),
            e("E5", "Independent living - supported"), e("E6", "Independent living - no support"),
            e("E7", "Adult social care residential"), e("E9", "Sentenced to custody"), e("E14", "Remand ended"),
            e("E15", "Age assessment found 18+"), e("E16", "Moved abroad"), e("E8", "Any other reason"),
            e("X1", "Code error"), e("E17", "Aged 18+ stayed with carers")),
    PLACEMENT_TYPE(true,
            e("U1", "Foster - relative or friend - long term"), e("U2", "Foster - relative or friend - FFA"),
            e("U3", "Foster - relative or friend - not long term or FFA"), e("U4", "Foster - other - long term"),
            e("U5", "Foster - other - FFA"), e("U6", "Foster - other - not long term or FFA"),
            e("A3", "Placed for adoption - consent - current foster carer"),
            e("A4", "Placed for adoption - consent - not current foster carer"),
            e("A5", "Placed for adoption - placement order - current foster carer"),
            e("A6", "Placed for adoption - placement order - not current foster carer"),
            e("P1", "Placed with parents"), e("P2", "Independent living"), e("P3", "Residential employment"),
            e("H5", "Semi-independent living"), e("K1", "Secure children's home"), e("K2", "Children's home"),
            e("K3", "Supported accommodation"), e("R1", "Residential care home"),
            e("R2", "NHS or medical establishment"), e("R3", "Family centre or mother and baby unit"),
            e("R5", "Young offender institution"), e("S1", "Residential school"),
            e("Z1", "Other placement"), e("Z11", "Other placement (Z11)"), e("Z12", "Other placement (Z12)"),
            e("Z13", "Other placement (Z13)"), e("Z14", "Other placement (Z14)"),
            e("T0", "Temporary - any type"), e("T1", "Temporary - hospital"), e("T2", "Temporary - child on holiday"),
            e("T3", "Temporary - carer on holiday"), e("T4", "Temporary - 7 days or less")),
    PLACEMENT_PROVIDER(true,
            e("PR0", "Parents/Parental responsibility"), e("PR1", "Own provision"), e("PR2", "Other LA provision"),
            e("PR3", "Other public provision"), e("PR4", "Private provision"), e("PR5", "Voluntary/third sector")),
    PLACEMENT_LOCATION(false, e("In", "In", "Inside"), e("Out", "Out", "Outside")),
    ELIGIBILITY(false,
            e("Relevant child", "Relevant child"), e("Former relevant child", "Former relevant child"),
            e("Qualifying care leaver", "Qualifying care leaver"), e("Eligible child", "Eligible child")),
    IN_TOUCH(true,
            e("YES", "Yes", "Y"), e("NO", "No", "N"), e("DIED", "Died"), e("REFU", "Refuses contact"),
            e("NREQ", "No longer requires services"), e("RHOM", "Returned home")),
    ACCOMMODATION(true,
            e("B", "Parents/relatives"), e("C", "Community home/residential care"),
            e("D", "Semi-independent, transitional accommodation and self-contained accommodation"),
            e("E", "Supported lodgings"), e("G", "Abroad"), e("H", "Deported"),
            e("K", "Ordinary lodgings, without formal support"), e("R", "Residence not known"),
            e("S", "No fixed abode/homeless"), e("T", "Foyers and similar supported accommodation"),
            e("U", "Independent living"), e("V", "Emergency accommodation"), e("W", "Bed and breakfast"),
            e("X", "In custody"), e("Y", "Other accommodation"), e("Z", "With former foster carers")),
    SUITABILITY(false, e("Suitable", "Suitable"), e("Unsuitable", "Unsuitable")),
    ACTIVITY(true,
            e("F1", "Full time in higher education"), e("P1", "Part time in higher education"),
            e("F2", "Full time in education other than higher"), e("P2", "Part time in education other than higher"),
            e("F3", "Full time in training or employment (older code)"),
            e("P3", "Part time in training or employment (older code)"),
            e("F4", "Full time in an apprenticeship"), e("P4", "Part time in an apprenticeship"),
            e("F5", "Full time in training or employment (not apprenticeship)"),
            e("P5", "Part time in training or employment (not apprenticeship)"),
            e("G4", "NEET - illness or disability"), e("G5", "NEET - other"), e("G6", "NEET - pregnancy or parenting")),
    REASON_NO_LONGER_PLACED(true,
            e("RD1", "The child's needs changed subsequent to the decision"),
            e("RD2", "The Court did not make a placement order"),
            e("RD3", "Prospective adopters could not be found"), e("RD4", "Any other reason")),
    ADOPTER_LEAVING_REASON(true,
            e("1", "Adopter withdrew from process"), e("2", "Process put on hold"), e("3", "Application refused"));

    /** A letter prefix as the template writes it: "a) ", "p1) ", "zz) ". */
    private static final Pattern LETTER_PREFIX = Pattern.compile("^[a-z]{1,2}\\d?\\)\\s*", Pattern.CASE_INSENSITIVE);
    /** The first whole token, ended by the end of the text, a space, a colon or a dash. */
    private static final int MEMO_LIMIT = 10_000;
    private static final Pattern FIRST_TOKEN = Pattern.compile("^([A-Za-z0-9]+)(?=$|\\s|:|-|\u2013)");

    private final boolean hasCodes;
    private final List<Entry> entries;
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();
    private final Map<String, Optional<String>> memo = new ConcurrentHashMap<>();

    AnnexACodeList(boolean hasCodes, Entry... entries) {
        this.hasCodes = hasCodes;
        this.entries = List.of(entries);
        for (Entry entry : entries) {
            byCode.put(CodeSpelling.ANY_CASE.key(entry.code()), entry.code());
            byLabel.put(normaliseLabel(entry.label()), entry.code());
            for (String alias : entry.aliases()) {
                byLabel.put(normaliseLabel(alias), entry.code());
            }
        }
    }

    private static Entry e(String code, String label, String... aliases) {
        return new Entry(code, label, List.of(aliases));
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (Entry entry : entries) {
            codes.add(entry.code());
        }
        return codes;
    }

    @Override
    public List<String> storedCodes() {
        return codes();
    }

    /** Annex A has one template for every year, so a code of the list is valid in every year. */
    @Override
    public Optional<YearRange> validity(String code) {
        return codes().contains(code) ? Optional.of(YearRange.ALWAYS) : Optional.empty();
    }

    public String label(String code) {
        for (Entry entry : entries) {
            if (entry.code().equals(code)) {
                return entry.label();
            }
        }
        return code;
    }

    /** The canonical code for a cell's text, or empty when the text names no code of this list. */
    @Override
    public Optional<String> match(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        // The same few spellings repeat down a column, so each is worked out once.
        Optional<String> known = memo.get(raw);
        if (known != null) {
            return known;
        }
        Optional<String> found = matchUncached(raw);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(raw, found);
        }
        return found;
    }

    private Optional<String> matchUncached(String raw) {
        String text = Text.clean(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String rest = LETTER_PREFIX.matcher(text).replaceFirst("");
        // A whole label first, so "No longer requires services" is NREQ, not the code NO followed by words.
        String byRest = byLabel.get(normaliseLabel(rest));
        if (byRest != null) {
            return Optional.of(byRest);
        }
        if (hasCodes) {
            Matcher token = FIRST_TOKEN.matcher(rest);
            if (token.find()) {
                String code = byCode.get(CodeSpelling.ANY_CASE.key(token.group(1)));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.ofNullable(byLabel.get(normaliseLabel(text)));
    }

    /** What the list accepts, for error messages. */
    @Override
    public String describeAccepted() {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Entry entry : entries) {
            if (shown == 8) {
                sb.append(", ...");
                break;
            }
            if (shown > 0) {
                sb.append(", ");
            }
            sb.append(hasCodes ? entry.code() : entry.label());
            shown++;
        }
        return sb.toString();
    }

    private static String normaliseLabel(String s) {
        String n = Normalizer.normalize(Text.clean(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-');
        return n.replaceAll("\\s+", " ").strip();
    }

    public record Entry(String code, String label, List<String> aliases) {
    }
}
