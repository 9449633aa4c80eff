package uk.chatbatch.cin;

import static uk.chatbatch.cin.CinField.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.model.ValueType;

/**
 * Reads one {@code <Child>} element into records of every table, in file order, each with the
 * issues found in it (../shared/reference/cin-census.md section 2 for the element tree).
 *
 * <p>Element order inside a group is not checked (the XSD's sequence is not what makes a value
 * usable). Empty {@code <Disabilities/>}, {@code <FactorsIdentifiedAtAssessment/>} and
 * {@code <Reviews/>} mean none, as the DfE validator reads them.
 */
final class ChildInterpreter {

    /** Elements recognised where the census has them but not read, and why; reported once per file. */
    static final Map<String, String> NOT_READ = Map.of(
            "SeenSocialWorker", "2016 census only",
            "PreProceedingsandFGDM", "provisional, in no published schema yet");

    /** From 2024-25 (census year 2025): Sex replaces GenderCurrent and LAchildID is at most 20 letters or digits. */
    static final int SEX_FROM = 2025;
    static final int CIN_PLAN_DATES_FROM = 2022;
    private static final Pattern CHILD_ID_2025 = Pattern.compile("[A-Za-z0-9]{1,20}");

    private static final Set<String> CHILD_GROUPS = Set.of("ChildIdentifiers", "ChildCharacteristics", "CINdetails");
    private static final Set<String> IDENTIFIERS = Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown",
            "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate");
    private static final Set<String> CHARACTERISTICS = Set.of("Ethnicity", "Disabilities");
    private static final Set<String> EPISODE_ELEMENTS = Set.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode",
            "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA", "Assessments", "CINPlanDates",
            "Section47", "ChildProtectionPlans");
    private static final Set<String> ASSESSMENT_ELEMENTS = Set.of("AssessmentActualStartDate",
            "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment");
    private static final Set<String> PLAN_ELEMENTS = Set.of("CINPlanStartDate", "CINPlanEndDate");
    private static final Set<String> S47_ELEMENTS = Set.of("S47ActualStartDate", "InitialCPCtarget",
            "DateOfInitialCPC", "ICPCnotRequired");
    private static final Set<String> CPP_ELEMENTS = Set.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
            "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews");

    /** Told of every element in {@link #NOT_READ} met, for the file's summary issue. */
    interface NotReadTracker {
        void notRead(XmlNode node, String location);
    }

    private final String file;
    private final OptionalInt censusYear;
    private final NotReadTracker notRead;
    private final List<PendingRecord> records = new ArrayList<>();

    ChildInterpreter(String file, OptionalInt censusYear, NotReadTracker notRead) {
        this.file = file;
        this.censusYear = censusYear;
        this.notRead = notRead;
    }

    /** The child's records, parent before children, in file order. */
    List<PendingRecord> read(XmlNode child, int position) {
        records.clear();
        PendingRecord rec = add(new PendingRecord(CinTable.CHILD, null, child.line(), "child " + position));
        Members top = members(child, rec, CHILD_GROUPS, Set.of());
        XmlNode ids = top.single("ChildIdentifiers");
        XmlNode characteristics = top.single("ChildCharacteristics");
        Members idv = ids == null ? new Members(rec, child) : members(ids, rec, IDENTIFIERS, Set.of());
        Members chv = characteristics == null ? new Members(rec, child)
                : members(characteristics, rec, CHARACTERISTICS, Set.of());
        XmlNode idGroup = ids == null ? child : ids;

        XmlNode childId = idv.single("LAchildID");
        value(rec, LA_CHILD_ID, childId, idGroup);
        checkChildIdFormat(rec, childId);
        value(rec, UPN, idv.single("UPN"), idGroup);
        value(rec, FORMER_UPN, idv.single("FormerUPN"), idGroup);
        value(rec, UPN_UNKNOWN, idv.single("UPNunknown"), idGroup);
        XmlNode born = idv.single("PersonBirthDate");
        XmlNode expected = idv.single("ExpectedPersonBirthDate");
        value(rec, PERSON_BIRTH_DATE, born, idGroup);
        value(rec, EXPECTED_PERSON_BIRTH_DATE, expected, idGroup);
        checkBirthDates(rec, born, expected, idGroup);
        sex(rec, idv.single("Sex"), idv.single("GenderCurrent"), idGroup);
        value(rec, PERSON_DEATH_DATE, idv.single("PersonDeathDate"), idGroup);
        value(rec, ETHNICITY, chv.single("Ethnicity"), characteristics == null ? child : characteristics);

        XmlNode disabilities = chv.single("Disabilities");
        if (disabilities != null) {
            for (XmlNode d : members(disabilities, rec, Set.of("Disability"), Set.of()).all("Disability")) {
                PendingRecord dis = add(new PendingRecord(CinTable.DISABILITY, rec, d.line(), rec.location));
                value(dis, CinField.DISABILITY, d, disabilities);
            }
        }
        List<XmlNode> episodes = top.all("CINdetails");
        if (episodes.isEmpty()) {
            rec.issue(issue(rec, child.line(), "CINdetails", "", IssueCode.CIN_MISSING_ELEMENT,
                    "the child has no <CINdetails>, though the census requires at least one; the child is kept."));
        }
        int k = 0;
        for (XmlNode cd : episodes) {
            episode(rec, cd, ++k);
        }
        return records;
    }

    private void episode(PendingRecord child, XmlNode cd, int k) {
        PendingRecord ep = add(new PendingRecord(CinTable.EPISODE, child, cd.line(),
                child.location + ", CINdetails " + k));
        ep.set(CIN_DETAILS_SEQ, k, String.valueOf(k));
        Members m = members(cd, ep, EPISODE_ELEMENTS, Set.of("PreProceedingsandFGDM"));
        fields(ep, m, cd, CIN_REFERRAL_DATE, REFERRAL_SOURCE, PRIMARY_NEED_CODE, CIN_CLOSURE_DATE, REASON_FOR_CLOSURE,
                DATE_OF_INITIAL_CPC, REFERRAL_NFA);

        int j = 0;
        for (XmlNode a : m.all("Assessments")) {
            PendingRecord as = group(CinTable.ASSESSMENT, ep, a, ASSESSMENT_SEQ, ++j);
            Members am = members(a, as, ASSESSMENT_ELEMENTS, Set.of());
            fields(as, am, a, ASSESSMENT_ACTUAL_START_DATE, ASSESSMENT_INTERNAL_REVIEW_DATE,
                    ASSESSMENT_AUTHORISATION_DATE);
            XmlNode factors = am.single("FactorsIdentifiedAtAssessment");
            if (factors != null) {
                for (XmlNode f : members(factors, as, Set.of("AssessmentFactors"), Set.of()).all("AssessmentFactors")) {
                    PendingRecord factor = add(new PendingRecord(CinTable.ASSESSMENT_FACTOR, as, f.line(), as.location));
                    value(factor, ASSESSMENT_FACTORS, f, factors);
                }
            }
        }
        j = 0;
        for (XmlNode p : m.all("CINPlanDates")) {
            PendingRecord plan = group(CinTable.PLAN, ep, p, CIN_PLAN_SEQ, ++j);
            if (censusYear.isPresent() && censusYear.getAsInt() < CIN_PLAN_DATES_FROM) {
                plan.issue(issue(plan, p.line(), "CINPlanDates", "", IssueCode.CIN_ELEMENT_NOT_IN_YEAR,
                        "<CINPlanDates> is in the census from " + CinCensusHeader.label(CIN_PLAN_DATES_FROM)
                                + ", not in the file's " + CinCensusHeader.label(censusYear.getAsInt())
                                + " census; it is read anyway."));
            }
            fields(plan, members(p, plan, PLAN_ELEMENTS, Set.of()), p, CIN_PLAN_START_DATE, CIN_PLAN_END_DATE);
        }
        j = 0;
        for (XmlNode s : m.all("Section47")) {
            PendingRecord s47 = group(CinTable.SECTION_47, ep, s, SECTION47_SEQ, ++j);
            fields(s47, members(s, s47, S47_ELEMENTS, Set.of()), s, S47_ACTUAL_START_DATE, INITIAL_CPC_TARGET,
                    DATE_OF_INITIAL_CPC, ICPC_NOT_REQUIRED);
        }
        j = 0;
        for (XmlNode c : m.all("ChildProtectionPlans")) {
            PendingRecord cpp = group(CinTable.CP_PLAN, ep, c, CPP_SEQ, ++j);
            Members cm = members(c, cpp, CPP_ELEMENTS, Set.of("SeenSocialWorker"));
            fields(cpp, cm, c, CPP_START_DATE, CPP_END_DATE, INITIAL_CATEGORY_OF_ABUSE, LATEST_CATEGORY_OF_ABUSE,
                    NUMBER_OF_PREVIOUS_CPP);
            XmlNode reviews = cm.single("Reviews");
            if (reviews != null) {
                for (XmlNode r : members(reviews, cpp, Set.of("CPPreviewDate"), Set.of()).all("CPPreviewDate")) {
                    PendingRecord review = add(new PendingRecord(CinTable.CP_REVIEW, cpp, r.line(), cpp.location));
                    value(review, CPP_REVIEW_DATE, r, reviews);
                }
            }
        }
    }

    private PendingRecord group(CinTable table, PendingRecord parent, XmlNode node, CinField position, int n) {
        PendingRecord rec = add(new PendingRecord(table, parent, node.line(),
                parent.location + ", " + table.element() + " " + n));
        rec.set(position, n, String.valueOf(n));
        return rec;
    }

    private PendingRecord add(PendingRecord rec) {
        records.add(rec);
        return rec;
    }

    private void fields(PendingRecord rec, Members m, XmlNode group, CinField... fields) {
        for (CinField field : fields) {
            value(rec, field, m.single(field.element()), group);
        }
    }

    /**
     * Reads one value into the record. A missing or unusable key quarantines the record; any other bad
     * value is an issue and stays empty; an absent required value is a warning.
     */
    private void value(PendingRecord rec, CinField field, XmlNode node, XmlNode group) {
        CinTable.Role role = rec.table.roleOf(field);
        String text = node == null ? "" : valueText(node, rec);
        int line = node == null ? group.line() : node.line();
        rec.setRaw(field, text);
        if (text.isEmpty()) {
            String what = node == null ? "absent" : "empty";
            if (role == CinTable.Role.KEY) {
                IssueCode code = keyCode(field, true);
                rec.keyUnusable(issue(rec, line, field.element(), "", code, "<" + field.element() + "> is " + what
                        + ", so the " + rec.table.recordName() + " cannot be identified; " + quarantined(rec)));
            } else if (role == CinTable.Role.REQUIRED) {
                rec.issue(issue(rec, line, field.element(), "", IssueCode.CIN_MISSING_ELEMENT, "<" + field.element()
                        + "> is " + what + ", though the census requires it; the " + rec.table.recordName()
                        + " is kept with the value empty."));
            }
            return;
        }
        CellParser.Parsed parsed = CinValues.parse(field, text);
        if (parsed.isProblem()) {
            String shown = shown(field, text);
            if (role == CinTable.Role.KEY) {
                rec.keyUnusable(issue(rec, line, field.element(), shown, keyCode(field, false), "<" + field.element()
                        + "> value '" + shown + "' is not usable (" + parsed.detail() + "); " + quarantined(rec)));
            } else {
                rec.issue(issue(rec, line, field.element(), shown, parsed.problem(), "<" + field.element()
                        + "> value '" + shown + "' is not usable (" + parsed.detail() + "); the value is left empty."));
            }
            return;
        }
        rec.set(field, parsed.value(), text);
        if (field.type() == ValueType.CODE) {
            checkCodeYear(rec, field, line, (String) parsed.value());
        }
    }

    private static String quarantined(PendingRecord rec) {
        return "the " + rec.table.recordName() + (rec.table.hasChildTables() ? " and everything under it are" : " is")
                + " quarantined.";
    }

    private static IssueCode keyCode(CinField field, boolean missing) {
        if (field.type() == ValueType.ID) {
            return missing ? IssueCode.MISSING_IDENTIFIER : IssueCode.INVALID_IDENTIFIER;
        }
        if (field.type() == ValueType.DATE) {
            return missing ? IssueCode.MISSING_EVENT_DATE : IssueCode.INVALID_EVENT_DATE;
        }
        return IssueCode.CIN_INVALID_KEY_CODE;
    }

    private void checkCodeYear(PendingRecord rec, CinField field, int line, String code) {
        if (censusYear.isEmpty()) {
            return;
        }
        CinCodeList.Entry entry = field.codes().match(code).orElseThrow();
        int year = censusYear.getAsInt();
        if (!entry.validIn(year)) {
            rec.issue(issue(rec, line, field.element(), code, IssueCode.CIN_CODE_NOT_IN_YEAR, "<" + field.element()
                    + "> code " + code + " (" + entry.label() + ") is " + entry.validity() + ", not in the file's "
                    + CinCensusHeader.label(year) + " census; it is kept."));
        }
    }

    /**
     * Sex or GenderCurrent, whichever the file has, into M/F/U and, when a number was sent, the
     * GenderCurrent code (see {@link CinField#SEX}).
     */
    private void sex(PendingRecord rec, XmlNode sexNode, XmlNode genderNode, XmlNode group) {
        XmlNode node = sexNode != null ? sexNode : genderNode;
        boolean latest = censusYear.isPresent() && censusYear.getAsInt() >= SEX_FROM;
        if (sexNode != null && genderNode != null) {
            rec.issue(issue(rec, genderNode.line(), "GenderCurrent", "", IssueCode.CIN_REPEATED_ELEMENT,
                    "the child has both <Sex> and <GenderCurrent>; <Sex> is read and <GenderCurrent> ignored."));
        }
        String expected = censusYear.isEmpty() ? "Sex" : latest ? "Sex" : "GenderCurrent";
        if (node == null) {
            rec.issue(issue(rec, group.line(), expected, "", IssueCode.CIN_MISSING_ELEMENT, "<" + expected
                    + "> is absent, though the census requires it; the child is kept with sex empty."));
            return;
        }
        String element = node.name();
        if (censusYear.isPresent() && !element.equals(expected)) {
            rec.issue(issue(rec, node.line(), element, "", IssueCode.CIN_ELEMENT_NOT_IN_YEAR, "<" + element
                    + "> is not in the file's " + CinCensusHeader.label(censusYear.getAsInt()) + " census, which has <"
                    + expected + "> (<Sex> replaced <GenderCurrent> in " + CinCensusHeader.label(SEX_FROM)
                    + "); it is read anyway."));
        }
        String text = valueText(node, rec);
        CinField field = node == sexNode ? SEX : GENDER_CURRENT;
        rec.setRaw(field, text);
        if (text.isEmpty()) {
            rec.issue(issue(rec, node.line(), element, "", IssueCode.CIN_MISSING_ELEMENT, "<" + element
                    + "> is empty, though the census requires it; the child is kept with sex empty."));
            return;
        }
        var letter = CinCodeList.SEX.match(text);
        var number = CinCodeList.GENDER_CURRENT.match(text);
        if (letter.isPresent()) {
            rec.set(SEX, letter.get().code(), text);
            if (field == GENDER_CURRENT) {
                rec.issue(issue(rec, node.line(), element, text, IssueCode.CIN_SEX_CODE_FORM, "<GenderCurrent> value '"
                        + text + "' is a <Sex> code; it is read as sex " + letter.get().code() + "."));
            }
        } else if (number.isPresent()) {
            String code = number.get().code();
            String mapped = code.equals("1") ? "M" : code.equals("2") ? "F" : "U";
            rec.set(GENDER_CURRENT, code, text);
            rec.set(SEX, mapped, text);
            if (field == SEX) {
                rec.issue(issue(rec, node.line(), element, text, IssueCode.CIN_SEX_CODE_FORM, "<Sex> value '" + text
                        + "' is a GenderCurrent code (" + number.get().label() + "); it is read as sex " + mapped
                        + " and kept as gender_current " + code + "."));
            }
        } else {
            rec.issue(issue(rec, node.line(), element, text, IssueCode.INVALID_CODE, "<" + element + "> value '" + text
                    + "' is not usable (accepted: M, F, U, or up to 2023-24 1, 2, 0, 9); the value is left empty."));
        }
    }

    private void checkBirthDates(PendingRecord rec, XmlNode born, XmlNode expected, XmlNode group) {
        boolean hasBorn = born != null && !born.text().isEmpty();
        boolean hasExpected = expected != null && !expected.text().isEmpty();
        if (hasBorn && hasExpected) {
            rec.issue(issue(rec, expected.line(), "ExpectedPersonBirthDate", "", IssueCode.CIN_BIRTH_DATES,
                    "the child has both <PersonBirthDate> and <ExpectedPersonBirthDate>, where the census takes exactly"
                            + " one; both are kept."));
        } else if (!hasBorn && !hasExpected) {
            rec.issue(issue(rec, group.line(), "PersonBirthDate", "", IssueCode.CIN_BIRTH_DATES,
                    "the child has neither <PersonBirthDate> nor <ExpectedPersonBirthDate>, where the census takes"
                            + " exactly one; the child is kept."));
        }
    }

    private void checkChildIdFormat(PendingRecord rec, XmlNode node) {
        Object id = rec.value(LA_CHILD_ID);
        if (id == null || censusYear.isEmpty() || censusYear.getAsInt() < SEX_FROM
                || CHILD_ID_2025.matcher((String) id).matches()) {
            return;
        }
        String shown = Masking.mask((String) id);
        rec.issue(issue(rec, node.line(), "LAchildID", shown, IssueCode.CIN_CHILD_ID_FORMAT, "<LAchildID> value '"
                + shown + "' is not 1 to 20 letters or digits, as the census requires from "
                + CinCensusHeader.label(SEX_FROM) + "; it is kept."));
    }

    /** A value element's text; elements nested inside it are reported and ignored. */
    private String valueText(XmlNode node, PendingRecord rec) {
        for (XmlNode nested : node.children()) {
            unrecognised(rec, nested, node);
        }
        return node.text();
    }

    /**
     * The element children of a group by name, reporting those the group does not have and text
     * between them. {@code notReadHere} are the {@link #NOT_READ} elements the census has at this place.
     */
    private Members members(XmlNode group, PendingRecord rec, Set<String> known, Set<String> notReadHere) {
        String stray = group.text();
        if (!stray.isEmpty()) {
            String shown = Masking.mask(stray);
            rec.issue(issue(rec, group.line(), group.name(), shown, IssueCode.CIN_STRAY_TEXT, "text '" + shown
                    + "' inside <" + group.name() + ">, outside any of its elements, is ignored."));
        }
        Members members = new Members(rec, group);
        for (XmlNode node : group.children()) {
            if (known.contains(node.name())) {
                members.add(node);
            } else if (notReadHere.contains(node.name())) {
                notRead.notRead(node, rec.location);
            } else {
                unrecognised(rec, node, group);
            }
        }
        return members;
    }

    private void unrecognised(PendingRecord rec, XmlNode node, XmlNode group) {
        rec.issue(issue(rec, node.line(), node.name(), "", IssueCode.CIN_UNRECOGNISED_ELEMENT, "<" + node.name()
                + "> is not an element of <" + group.name() + "> in the CIN census; it is ignored."));
    }

    private Issue issue(PendingRecord rec, int line, String element, String shownValue, IssueCode code, String what) {
        return new Issue(file, rec.location, rec.table.label(), line, element, shownValue, code,
                file + ", line " + line + " (" + rec.location + "): " + what);
    }

    private static String shown(CinField field, String raw) {
        return field.identifiesChild() ? Masking.mask(raw) : raw;
    }

    /** A group's element children by name; a second of an element allowed once is reported when asked for. */
    private final class Members {
        private final PendingRecord rec;
        private final XmlNode group;
        private final Map<String, List<XmlNode>> byName = new HashMap<>();

        Members(PendingRecord rec, XmlNode group) {
            this.rec = rec;
            this.group = group;
        }

        void add(XmlNode node) {
            byName.computeIfAbsent(node.name(), n -> new ArrayList<>(1)).add(node);
        }

        List<XmlNode> all(String name) {
            return byName.getOrDefault(name, List.of());
        }

        XmlNode single(String name) {
            List<XmlNode> nodes = all(name);
            if (nodes.isEmpty()) {
                return null;
            }
            for (int i = 1; i < nodes.size(); i++) {
                rec.issue(issue(rec, nodes.get(i).line(), name, "", IssueCode.CIN_REPEATED_ELEMENT, "<" + name
                        + "> appears again in <" + group.name() + ">, where the census allows one; the first is kept."));
            }
            return nodes.get(0);
        }
    }
}
