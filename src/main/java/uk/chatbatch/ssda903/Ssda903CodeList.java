package uk.chatbatch.ssda903;

import static uk.chatbatch.model.table.YearRange.from;
import static uk.chatbatch.model.table.YearRange.until;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.model.table.CodeList;
import uk.chatbatch.model.table.CodeSpelling;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.YearRange;

/**
 * The SSDA903 code lists (../shared/reference/ssda903.md section 5) with the collection years in
 * which each code is valid. Which code is valid when is written here, as data, and nowhere else.
 *
 * <p>A code has a meaning valid in some years and one or more written forms, each valid in some
 * years. SEX is the case that needs both: its meanings M, F are valid in every year, but before
 * 2024-25 they were written 1 and 2; U exists only from 2024-25. The typed row always holds the
 * code (M, F, U), so a reader of several years sees one spelling.
 *
 * <p>Boundaries and where they come from (start year of the collection; 2024 = 2024-25):
 * <ul>
 *   <li>PLACE K3 from 2024 (D2I rules 221/371 use it in 2024-25; D2I's own list spells it "k3", a
 *       bug not copied); H5, P2 and Z1 up to 2024; Z11-Z14 from 2025 (D2I rule 146 per ruleset).
 *       P2 is also withdrawn for episodes starting on or after 28 October 2023 (rule 217t).</li>
 *   <li>SEX 1/2 up to 2023, M/F/U from 2024 (D2I lac2024_25 rule 101).</li>
 *   <li>REC E45-E48 and REASON_PLACE_CHANGE CUSTOD from 2017, E43/E44 up to 2016 (liia-tools'
 *       2016-17 schema has E43/E44 and no CUSTOD; the public 2017-18 sample uses E45-E48 and CUSTOD).</li>
 *   <li>ACTIV F4/F5/P4/P5 from 2021, F3/P3 up to 2020 (liia-tools' schema for the year ending 2022).</li>
 *   <li>SW_REASON from 2023, the first year of social worker episodes.</li>
 * </ul>
 * Codes are matched exactly as {@link CodeSpelling#ANY_CASE_SPREADSHEET_NUMBERS} spells them (trimmed, any case, a
 * whole-number code sent through a spreadsheet as "1.0" read as "1"); never by substring.
 */
public enum Ssda903CodeList implements CodeList {
    SEX(code("M", "Male").written("1", until(2023)).written("M", from(2024)),
            code("F", "Female").written("2", until(2023)).written("F", from(2024)),
            code("U", "Unknown or indeterminate").valid(from(2024))),
    ETHNIC(code("WBRI", "White British"), code("WIRI", "White Irish"), code("WIRT", "Traveller of Irish heritage"),
            code("WOTH", "Any other White background"), code("WROM", "Gypsy/Roma"),
            code("MWBC", "White and Black Caribbean"), code("MWBA", "White and Black African"),
            code("MWAS", "White and Asian"), code("MOTH", "Any other Mixed background"), code("AIND", "Indian"),
            code("APKN", "Pakistani"), code("ABAN", "Bangladeshi"), code("AOTH", "Any other Asian background"),
            code("BCRB", "Caribbean"), code("BAFR", "African"), code("BOTH", "Any other Black background"),
            code("CHNE", "Chinese"), code("OOTH", "Any other ethnic group"), code("REFU", "Refused"),
            code("NOBT", "Information not yet obtained")),
    /** 0/1 flags; TRUE/FALSE as liia-tools also accepts them. */
    FLAG(code("0", "No").written("0", YearRange.ALWAYS).written("FALSE", YearRange.ALWAYS),
            code("1", "Yes").written("1", YearRange.ALWAYS).written("TRUE", YearRange.ALWAYS)),
    REASON_NEW_EPISODE(code("S", "Started to be looked after"), code("L", "Change of legal status only"),
            code("P", "Change of placement and carer(s) only"), code("T", "Change of placement, same carer(s)"),
            code("B", "Change of legal status and placement and carer(s)"),
            code("U", "Change of legal status and placement, same carer(s)")),
    LEGAL_STATUS(code("C1", "Interim care order"), code("C2", "Full care order"), code("D1", "Freeing order"),
            code("E1", "Placement order"), code("V2", "Single period of section 20 accommodation"),
            code("V3", "Short breaks, episodes recorded"), code("V4", "Short breaks, agreements recorded"),
            code("L1", "Police protection in LA accommodation"), code("L2", "Emergency protection order"),
            code("L3", "Child assessment order in LA accommodation"),
            code("J1", "Remanded to LA or youth detention accommodation"), code("J2", "PACE accommodation"),
            code("J3", "Youth rehabilitation order with residence requirement")),
    CATEGORY_OF_NEED(code("N1", "Abuse or neglect"), code("N2", "Child's disability"),
            code("N3", "Parental illness or disability"), code("N4", "Family in acute stress"),
            code("N5", "Family dysfunction"), code("N6", "Socially unacceptable behaviour"),
            code("N7", "Low income"), code("N8", "Absent parenting")),
    PLACEMENT_TYPE(code("A3", "Placed for adoption with consent, with current foster carer"),
            code("A4", "Placed for adoption with consent, not with current foster carer"),
            code("A5", "Placed for adoption under placement order, with current foster carer"),
            code("A6", "Placed for adoption under placement order, not with current foster carer"),
            code("H5", "Semi-independent living not subject to children's homes regulations").valid(until(2024)),
            code("K1", "Secure children's home"), code("K2", "Children's home"),
            code("K3", "Supported accommodation").valid(from(2024)),
            code("P1", "Placed with own parent(s) or person with parental responsibility"),
            code("P2", "Independent living").valid(until(2024)).withdrawnForEventsFrom(LocalDate.of(2023, 10, 28)),
            code("P3", "Residential employment"), code("R1", "Residential care home"),
            code("R2", "NHS or health trust or other medical or nursing establishment"),
            code("R3", "Family centre or mother and baby unit"), code("R5", "Young offender institution"),
            code("S1", "Residential school"), code("T0", "Temporary move, any type"),
            code("T1", "Temporary, hospital"), code("T2", "Temporary, child on holiday"),
            code("T3", "Temporary, carer on holiday"), code("T4", "Temporary, 7 days or less, other reason"),
            code("U1", "Foster, relative or friend, long-term"),
            code("U2", "Foster, relative or friend who is an approved adopter"),
            code("U3", "Foster, relative or friend, not long-term or FFA"), code("U4", "Foster, other carer, long-term"),
            code("U5", "Foster, other carer who is an approved adopter"),
            code("U6", "Foster, other carer, not long-term or FFA"),
            code("Z1", "Other placement").valid(until(2024)),
            code("Z11", "Other placement, type Z11").valid(from(2025)),
            code("Z12", "Other placement, type Z12").valid(from(2025)),
            code("Z13", "Other placement, type Z13").valid(from(2025)),
            code("Z14", "Other placement, type Z14").valid(from(2025))),
    PLACEMENT_PROVIDER(code("PR0", "Parent(s) or person with parental responsibility"),
            code("PR1", "Own LA provision"), code("PR2", "Other LA provision"), code("PR3", "Other public provision"),
            code("PR4", "Private provision"), code("PR5", "Voluntary or third sector provision")),
    REASON_EPISODE_CEASED(code("X1", "Episode ends and a new one starts the same day"),
            code("E11", "Adopted, unopposed"), code("E12", "Adopted, consent dispensed with"), code("E2", "Died"),
            code("E3", "Care taken over by another UK LA"), code("E4A", "Returned home as part of care planning"),
            code("E4B", "Returned home, not part of care planning"),
            code("E13", "Left to live with parents, relatives or others without parental responsibility"),
            code("E41", "Residence or child arrangements order"),
            code("E43", "Special guardianship order to former foster carer (before the E45-E48 split)")
                    .valid(until(2016)),
            code("E44", "Special guardianship order to other carer (before the E45-E48 split)").valid(until(2016)),
            code("E45", "SGO to former foster carer who is a relative or friend").valid(from(2017)),
            code("E46", "SGO to former foster carer who is not a relative or friend").valid(from(2017)),
            code("E47", "SGO to carer other than former foster carer, relative or friend").valid(from(2017)),
            code("E48", "SGO to carer other than former foster carer, not relative or friend").valid(from(2017)),
            code("E5", "Moved into independent living with formal support"),
            code("E6", "Moved into independent living without formal support"),
            code("E7", "Transferred to residential care funded by adult social care"),
            code("E9", "Sentenced to custody"), code("E14", "Accommodation on remand ended"),
            code("E15", "Age assessment found the child to be 18 or over"), code("E16", "Moved abroad"),
            code("E17", "Aged 18 or over and remained with current carers"), code("E8", "Any other reason")),
    REASON_PLACE_CHANGE(code("CARPL", "Change to or implementation of the care plan"),
            code("CLOSE", "Resignation or closure of provision"), code("ALLEG", "Allegation (section 47)"),
            code("STAND", "Standards of care concern"), code("APPRR", "Approval removed"),
            code("CREQB", "Carer requests end because of the child's behaviour"),
            code("CREQO", "Carer requests end for other reasons"), code("CHILD", "Child requests end"),
            code("LAREQ", "Responsible or area authority requests end"),
            code("PLACE", "Change in the status of the placement only"),
            code("CUSTOD", "Custody arrangement").valid(from(2017)), code("OTHER", "Other")),
    REVIEW_PARTICIPATION(code("PN0", "Child under 4 at the review"), code("PN1", "Attends and speaks for self"),
            code("PN2", "Attends, advocate speaks"), code("PN3", "Attends, conveys views non-verbally"),
            code("PN4", "Attends, does not contribute"), code("PN5", "Absent, briefs an advocate"),
            code("PN6", "Absent, views conveyed by a facilitative medium"), code("PN7", "Absent, views not conveyed")),
    SDQ_REASON(code("SDQ1", "Aged under 4 or over 16"), code("SDQ2", "Carer refused"),
            code("SDQ3", "Disability too severe"), code("SDQ4", "Other"), code("SDQ5", "Young person refused")),
    IN_TOUCH(code("YES", "In touch"), code("NO", "Not in touch"), code("DIED", "Died"),
            code("REFU", "Refuses contact"), code("NREQ", "No longer requires services"),
            code("RHOM", "Returned to parents for 6 months or more")),
    ACTIVITY(code("F1", "Full-time higher education"), code("P1", "Part-time higher education"),
            code("F2", "Full-time other education"), code("P2", "Part-time other education"),
            code("F3", "Full-time training or employment (older code)").valid(until(2020)),
            code("P3", "Part-time training or employment (older code)").valid(until(2020)),
            code("F4", "Full-time apprenticeship").valid(from(2021)),
            code("P4", "Part-time apprenticeship").valid(from(2021)),
            code("F5", "Full-time training or employment, not apprenticeship").valid(from(2021)),
            code("P5", "Part-time training or employment, not apprenticeship").valid(from(2021)),
            code("G4", "NEET, illness or disability"), code("G5", "NEET, other reasons"),
            code("G6", "NEET, pregnancy or parenting"), code("0", "Not applicable")),
    /** Accommodation letter then suitability (1 suitable, 2 unsuitable); homeless (S) and custody (X) are never suitable. */
    ACCOMMODATION(accommodation()),
    ADOPTER_COUNT(code("1", "One adopter"), code("2", "Two adopters")),
    ADOPTER_SEX(code("M1", "Single male"), code("F1", "Single female"), code("MM", "Male couple"),
            code("FF", "Female couple"), code("MF", "Mixed-sex couple")),
    ADOPTER_LEGAL_STATUS(code("L0", "Single"), code("L11", "Different-gender married couple"),
            code("L12", "Same-gender married couple"), code("L2", "Civil partners"),
            code("L3", "Different-gender unmarried couple"), code("L4", "Same-gender couple, not married or civil partners")),
    REASON_NO_LONGER_PLACED(code("RD1", "The child's needs changed"),
            code("RD2", "The court did not make a placement order"),
            code("RD3", "Prospective adopters could not be found"), code("RD4", "Any other reason")),
    PREVIOUS_PERMANENCE(code("P1", "Adoption"), code("P2", "Special guardianship order"),
            code("P3", "Residence order or child arrangements order"), code("P4", "Unknown"),
            code("Z1", "None")),
    MISSING_TYPE(code("M", "Missing"), code("A", "Away without authorisation")),
    SW_REASON(code("MANAGE", "Caseload management").valid(from(2023)),
            code("FCONTA", "First contact or re-referral").valid(from(2023)),
            code("LEFTRL", "Previous social worker left the role").valid(from(2023)),
            code("ORGRST", "Organisational restructure").valid(from(2023)),
            code("TSPROC", "Transfer by standard process").valid(from(2023)),
            code("ABSENC", "Absence cover or return").valid(from(2023)),
            code("CHCHAN", "Child requested a change").valid(from(2023)),
            code("PCCHAN", "Parent or carer requested a change").valid(from(2023)),
            code("SWDIED", "Previous social worker died").valid(from(2023)),
            code("OTHERS", "Other").valid(from(2023)));

    private static final int SHOWN_IN_MESSAGES = 12;

    private final List<Code> codes;
    private final Map<String, List<Form>> byText = new HashMap<>();

    Ssda903CodeList(Code... codes) {
        this.codes = List.of(codes);
        for (Code code : codes) {
            for (Form form : code.forms()) {
                byText.computeIfAbsent(CodeSpelling.ANY_CASE_SPREADSHEET_NUMBERS.key(form.text()), t -> new ArrayList<>())
                        .add(form);
            }
        }
    }

    public List<Code> codes() {
        return codes;
    }

    public Optional<Code> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<String> storedCodes() {
        return codes.stream().map(Code::code).toList();
    }

    @Override
    public Optional<YearRange> validity(String code) {
        return code(code).map(Code::valid);
    }

    /** What a cell's text means in a collection year (or in any year, when the year is unknown). */
    public Lookup lookup(String raw, Optional<CollectionYear> year) {
        String text = CodeSpelling.ANY_CASE_SPREADSHEET_NUMBERS.key(raw);
        List<Form> forms = byText.get(text);
        if (forms == null) {
            return new Lookup(Lookup.Status.UNKNOWN, null, null);
        }
        if (year.isEmpty()) {
            return new Lookup(Lookup.Status.VALID, forms.get(0).code(), null);
        }
        CollectionYear y = year.get();
        for (Form form : forms) {
            if (form.years().contains(y) && form.code().valid().contains(y)) {
                return new Lookup(Lookup.Status.VALID, form.code(), null);
            }
        }
        for (Form form : forms) {
            if (form.code().valid().contains(y)) {
                return new Lookup(Lookup.Status.OTHER_YEAR_SPELLING, form.code(), form);
            }
        }
        return new Lookup(Lookup.Status.NOT_IN_YEAR, forms.get(0).code(), forms.get(0));
    }

    /** The codes valid in a year, as that year writes them, for messages. */
    public String describeAccepted(Optional<CollectionYear> year) {
        List<String> shown = new ArrayList<>();
        for (Code code : codes) {
            if (year.isPresent() && !code.valid().contains(year.get())) {
                continue;
            }
            for (Form form : code.forms()) {
                if (year.isEmpty() || form.years().contains(year.get())) {
                    shown.add(form.text());
                    break;
                }
            }
        }
        if (shown.size() > SHOWN_IN_MESSAGES) {
            return String.join(", ", shown.subList(0, SHOWN_IN_MESSAGES)) + ", ...";
        }
        return String.join(", ", shown);
    }

    /**
     * What a text means.
     *
     * @param code the code it names (null when UNKNOWN)
     * @param form the written form found, when it is not valid in the year
     */
    public record Lookup(Status status, Code code, Form form) {
        public enum Status {
            /** A code of the year, written as the year writes it (or the year is unknown). */
            VALID,
            /** A code of the year, written as another year writes it (SEX 1 in 2024-25). */
            OTHER_YEAR_SPELLING,
            /** A code of the list, but not in this year (K3 in 2019-20). */
            NOT_IN_YEAR,
            /** Not a code of the list in any year. */
            UNKNOWN
        }
    }

    /** One written form of a code and the years it is written so. */
    public record Form(String text, YearRange years, Code code) {
    }

    /** A code, its meaning, the years it is valid and how it is written. */
    public static final class Code {
        private final String code;
        private final String label;
        private YearRange valid = YearRange.ALWAYS;
        private final List<Form> forms = new ArrayList<>();
        private LocalDate withdrawnForEventsFrom;

        private Code(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public YearRange valid() {
            return valid;
        }

        /** Written forms; the code itself, in the years it is valid, unless others were given. */
        public List<Form> forms() {
            return forms.isEmpty() ? List.of(new Form(code, valid, this)) : List.copyOf(forms);
        }

        /** A date from which the code may not be used for new events (an episode's start, for PLACE). */
        public Optional<LocalDate> withdrawnForEventsFrom() {
            return Optional.ofNullable(withdrawnForEventsFrom);
        }

        private Code valid(YearRange years) {
            this.valid = years;
            return this;
        }

        private Code written(String text, YearRange years) {
            forms.add(new Form(text, years, this));
            return this;
        }

        private Code withdrawnForEventsFrom(LocalDate date) {
            this.withdrawnForEventsFrom = date;
            return this;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static Code code(String code, String label) {
        return new Code(code, label);
    }

    private static Code[] accommodation() {
        String[][] letters = {{"B", "Parents or relatives"}, {"C", "Community home or residential care"},
                {"D", "Semi-independent or transitional accommodation"}, {"E", "Supported lodgings"},
                {"G", "Gone abroad"}, {"H", "Deported"}, {"K", "Ordinary lodgings without support"},
                {"R", "Residence not known"}, {"S", "No fixed abode or homeless"}, {"T", "Foyer"},
                {"U", "Independent living"}, {"V", "Emergency accommodation"}, {"W", "Bed and breakfast"},
                {"X", "In custody"}, {"Y", "Other accommodation"}, {"Z", "With former foster carer(s)"}};
        List<Code> codes = new ArrayList<>();
        for (String[] letter : letters) {
            if (!letter[0].equals("S") && !letter[0].equals("X")) {
                codes.add(code(letter[0] + "1", letter[1] + ", suitable"));
            }
            codes.add(code(letter[0] + "2", letter[1] + ", unsuitable"));
        }
        codes.add(code("0", "Not applicable"));
        return codes.toArray(new Code[0]);
    }
}
