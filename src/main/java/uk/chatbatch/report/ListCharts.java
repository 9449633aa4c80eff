package uk.chatbatch.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.CodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.calendar.WorkingDayCalendar.DateOutsideCalendarException;

/**
 * One figure per Annex A list: what is counted, and the caption that says it in words. Pure counting
 * over the clean rows; drawing is {@link ReportCharts}' job. Every record the figure leaves out is
 * accounted for in the caption ("Not shown: ...").
 */
final class ListCharts {

    static final String NOT_RECORDED = "Not recorded";

    /** DfE assessment duration bands (indicators.md ASM-03); the first six are within 45 working days. */
    static final List<Band> ASSESSMENT_BANDS = List.of(new Band("same day", 0, 0), new Band("1–10", 1, 10),
            new Band("11–20", 11, 20), new Band("21–30", 21, 30), new Band("31–40", 31, 40),
            new Band("41–45", 41, 45), new Band("46–50", 46, 50), new Band("51–60", 51, 60),
            new Band("61+", 61, Integer.MAX_VALUE));
    static final int ASSESSMENT_TIMESCALE = 45;

    /** Strategy discussion to ICPC bands (indicators.md S47-03); the first two are within 15 working days. */
    static final List<Band> ICPC_BANDS = List.of(new Band("0–10", 0, 10), new Band("11–15", 11, 15),
            new Band("16–20", 16, 20), new Band("21+", 21, Integer.MAX_VALUE));
    static final int ICPC_TIMESCALE = 15;

    /** Placement type groups (indicators.md CLA-06). */
    static final List<Group> PLACEMENT_GROUPS = List.of(
            new Group("Foster care (U1–U6)", "U1", "U2", "U3", "U4", "U5", "U6"),
            new Group("Placed for adoption (A3–A6)", "A3", "A4", "A5", "A6"),
            new Group("Placed with parents (P1)", "P1"),
            new Group("Children's homes and residential (K1, K2, R1, S1)", "K1", "K2", "R1", "S1"),
            new Group("Supported and independent living (H5, K3, P2)", "H5", "K3", "P2"),
            new Group("Other placements (P3, R2, R3, R5, T, Z)", "P3", "R2", "R3", "R5", "T0", "T1", "T2", "T3", "T4",
                    "Z1", "Z11", "Z12", "Z13", "Z14"));

    /** Care leaver activity groups (indicators.md CL-03, CL-04). */
    static final List<Group> ACTIVITY_GROUPS = List.of(
            new Group("Higher education (F1, P1)", "F1", "P1"),
            new Group("Other education (F2, P2)", "F2", "P2"),
            new Group("Training or employment (F3–F5, P3–P5)", "F3", "P3", "F4", "P4", "F5", "P5"),
            new Group("Not in education, employment or training (G4–G6)", "G4", "G5", "G6"));
    private static final int NEET_GROUP = 3;

    private final ReportingPeriod period;
    private final WorkingDayCalendar calendar;

    ListCharts(ReportingPeriod period, WorkingDayCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
    }

    ListFigure figure(AnnexAList list, List<AnnexARecord> rows) {
        return switch (list) {
            case CONTACTS -> contacts(rows);
            case EARLY_HELP -> earlyHelp(rows);
            case REFERRALS -> referrals(rows);
            case ASSESSMENTS -> assessments(rows);
            case SECTION_47 -> section47(rows);
            case CHILDREN_IN_NEED -> childrenInNeed(rows);
            case CHILD_PROTECTION -> childProtection(rows);
            case CHILDREN_IN_CARE -> childrenInCare(rows);
            case CARE_LEAVERS -> careLeavers(rows);
            case ADOPTION -> adoption(rows);
            case ADOPTERS -> adopters(rows);
        };
    }

    ListFigure contacts(List<AnnexARecord> rows) {
        return monthly(AnnexAList.CONTACTS, rows, Field.DATE_OF_CONTACT, "Contacts by month",
                "contact", "contacts", "Contacts received in each month of the window");
    }

    ListFigure earlyHelp(List<AnnexARecord> rows) {
        return monthly(AnnexAList.EARLY_HELP, rows, Field.EH_ASSESSMENT_START_DATE,
                "Early help assessments started by month", "early help assessment", "early help assessments",
                "Early help assessments started in each month of the window");
    }

    ListFigure referrals(List<AnnexARecord> rows) {
        String title = "Referrals by month, and those with no further action";
        Window window = window();
        long[] all = new long[window.months.size()];
        long[] nfa = new long[window.months.size()];
        long outside = 0;
        for (AnnexARecord r : rows) {
            int i = window.index(r.date(Field.DATE_OF_REFERRAL));
            if (i < 0) {
                outside++;
                continue;
            }
            all[i]++;
            if (r.is(Field.REFERRAL_NFA, "Yes")) {
                nfa[i]++;
            }
        }
        long total = sum(all);
        long totalNfa = sum(nfa);
        List<String> notShown = new ArrayList<>();
        addIf(notShown, outside, "referral dated outside the window", "referrals dated outside the window");
        if (total == 0) {
            return new ListFigure(AnnexAList.REFERRALS, title, Optional.empty(),
                    none(rows.size(), "referral", "referrals", "dated in the window " + window.describe()));
        }
        StringBuilder caption = new StringBuilder("Referrals received in each month of the window ")
                .append(window.describe()).append(", with the number marked no further action (NFA): ");
        for (int i = 0; i < all.length; i++) {
            caption.append(i == 0 ? "" : "; ").append(Formats.month(window.months.get(i))).append(": ")
                    .append(Formats.count(all[i])).append(" (").append(Formats.count(nfa[i])).append(" NFA)");
        }
        caption.append(". Total ").append(Formats.count(total)).append(", of which ").append(Formats.count(totalNfa))
                .append(" (").append(Formats.percent(100.0 * totalNfa / total)).append(") no further action.")
                .append(window.partMonths()).append(notShown(notShown));
        BarChartData chart = new BarChartData("", "Referrals", window.labels(),
                List.of(new BarChartData.Series("All referrals", box(all)),
                        new BarChartData.Series("No further action", box(nfa))),
                false, Optional.empty());
        return new ListFigure(AnnexAList.REFERRALS, title, Optional.of(chart), caption.toString());
    }

    ListFigure assessments(List<AnnexARecord> rows) {
        String title = "Assessments authorised: working days from start to authorisation";
        long[] counts = new long[ASSESSMENT_BANDS.size()];
        long notAuthorised = 0;
        long outsideWindow = 0;
        long beforeStart = 0;
        long outsideCalendar = 0;
        for (AnnexARecord r : rows) {
            LocalDate start = r.date(Field.ASSESSMENT_START_DATE);
            LocalDate authorised = r.date(Field.ASSESSMENT_AUTHORISATION_DATE);
            if (authorised == null) {
                notAuthorised++;
            } else if (!period.inWindow(authorised)) {
                outsideWindow++;
            } else {
                Optional<Integer> days = workingDays(start, authorised);
                if (days.isEmpty()) {
                    outsideCalendar++;
                } else if (days.get() < 0) {
                    beforeStart++;
                } else {
                    counts[bandOf(ASSESSMENT_BANDS, days.get())]++;
                }
            }
        }
        List<String> notShown = new ArrayList<>();
        addIf(notShown, notAuthorised, "not yet authorised", "not yet authorised");
        addIf(notShown, outsideWindow, "authorised outside the window", "authorised outside the window");
        addIf(notShown, beforeStart, "authorised before its start date", "authorised before their start date");
        addIf(notShown, outsideCalendar, "with a date outside the bank-holiday calendar " + calendarYears(),
                "with a date outside the bank-holiday calendar " + calendarYears());
        return banded(AnnexAList.ASSESSMENTS, title, rows.size(), counts, ASSESSMENT_BANDS, ASSESSMENT_TIMESCALE,
                "Assessments authorised in the window " + window().describe()
                        + " by working days from start to authorisation",
                "were authorised", "assessment", "assessments", "authorised in the window", notShown);
    }

    ListFigure section47(List<AnnexARecord> rows) {
        String title = "Initial child protection conferences: working days from strategy discussion";
        long[] counts = new long[ICPC_BANDS.size()];
        long noIcpc = 0;
        long outsideWindow = 0;
        long beforeStart = 0;
        long outsideCalendar = 0;
        for (AnnexARecord r : rows) {
            LocalDate start = r.date(Field.S47_START_DATE);
            LocalDate icpc = r.date(Field.ICPC_DATE);
            if (icpc == null) {
                noIcpc++;
            } else if (!period.inWindow(icpc)) {
                outsideWindow++;
            } else {
                Optional<Integer> days = workingDays(start, icpc);
                if (days.isEmpty()) {
                    outsideCalendar++;
                } else if (days.get() < 0) {
                    beforeStart++;
                } else {
                    counts[bandOf(ICPC_BANDS, days.get())]++;
                }
            }
        }
        List<String> notShown = new ArrayList<>();
        addIf(notShown, noIcpc, "enquiry with no ICPC date", "enquiries with no ICPC date");
        addIf(notShown, outsideWindow, "ICPC held outside the window", "ICPCs held outside the window");
        addIf(notShown, beforeStart, "ICPC dated before its strategy discussion",
                "ICPCs dated before their strategy discussion");
        addIf(notShown, outsideCalendar, "with a date outside the bank-holiday calendar " + calendarYears(),
                "with a date outside the bank-holiday calendar " + calendarYears());
        return banded(AnnexAList.SECTION_47, title, rows.size(), counts, ICPC_BANDS, ICPC_TIMESCALE,
                "Initial child protection conferences held in the window " + window().describe()
                        + " by working days from the strategy discussion that started the section 47 enquiry",
                "were held", "enquiry", "enquiries", "with an ICPC held in the window", notShown);
    }

    ListFigure childrenInNeed(List<AnnexARecord> rows) {
        return openAtEnd(AnnexAList.CHILDREN_IN_NEED, rows, Field.CIN_START_DATE, Field.CIN_CLOSURE_DATE,
                r -> coded(r, Field.PRIMARY_NEED_CODE, true), "Children in need open at the period end, by primary need",
                "Children in need open at", "by primary need code", "CIN record", "CIN records", "closed");
    }

    ListFigure childProtection(List<AnnexARecord> rows) {
        return openAtEnd(AnnexAList.CHILD_PROTECTION, rows, Field.CP_START_DATE, Field.CP_END_DATE,
                r -> coded(r, Field.LATEST_CATEGORY_OF_ABUSE, false),
                "Child protection plans open at the period end, by latest category of abuse",
                "Child protection plans open at", "by latest category of abuse", "plan", "plans", "ended");
    }

    ListFigure childrenInCare(List<AnnexARecord> rows) {
        return openAtEnd(AnnexAList.CHILDREN_IN_CARE, rows, Field.CLA_START_DATE, Field.CLA_CEASED_DATE,
                r -> grouped(r.text(Field.PLACEMENT_TYPE), PLACEMENT_GROUPS),
                "Children in care at the period end, by placement type", "Children in care at",
                "by placement type group", "child", "children", "ceased care");
    }

    ListFigure careLeavers(List<AnnexARecord> rows) {
        String title = "Care leavers by activity";
        if (rows.isEmpty()) {
            return new ListFigure(AnnexAList.CARE_LEAVERS, title, Optional.empty(),
                    "The list was supplied with no care leavers on it, so there is nothing to chart.");
        }
        Map<String, Long> counts = tally(rows, r -> grouped(r.text(Field.ACTIVITY_STATUS), ACTIVITY_GROUPS),
                labels(ACTIVITY_GROUPS));
        long total = rows.size();
        long notRecorded = counts.getOrDefault(NOT_RECORDED, 0L);
        long neet = counts.getOrDefault(ACTIVITY_GROUPS.get(NEET_GROUP).label(), 0L);
        long eet = total - notRecorded - neet;
        String caption = "Care leavers on the list at " + Formats.date(period.periodEnd()) + " by activity status: "
                + describe(counts) + ". Total " + Formats.count(total) + "; "
                + Formats.ofTotalWithPercent(eet, total) + " in education, employment or training.";
        return categorical(AnnexAList.CARE_LEAVERS, title, counts, "Care leavers", caption);
    }

    ListFigure adoption(List<AnnexARecord> rows) {
        Map<String, Field> stages = new LinkedHashMap<>();
        stages.put("Decision: should be placed for adoption", Field.SHOULD_BE_PLACED_DECISION_DATE);
        stages.put("Placement order", Field.PLACEMENT_ORDER_DATE);
        stages.put("Matched with adopters", Field.MATCHING_DATE);
        stages.put("Placed for adoption", Field.PLACED_FOR_ADOPTION_DATE);
        stages.put("Adoption order", Field.ADOPTION_ORDER_DATE);
        stages.put("Decision: no longer to be placed", Field.NO_LONGER_PLACED_DECISION_DATE);
        return stages(AnnexAList.ADOPTION, rows, stages, "Children on the adoption list by stage reached",
                "Children", "child", "children");
    }

    ListFigure adopters(List<AnnexARecord> rows) {
        Map<String, Field> stages = new LinkedHashMap<>();
        stages.put("Enquiry received", Field.ENQUIRY_DATE);
        stages.put("Stage 1 started", Field.STAGE1_START_DATE);
        stages.put("Stage 2 started", Field.STAGE2_START_DATE);
        stages.put("Application approved", Field.APPLICATION_APPROVED_DATE);
        stages.put("Matched with a child", Field.ADOPTER_MATCHED_DATE);
        stages.put("Child placed", Field.ADOPTER_PLACED_DATE);
        stages.put("Adoption order", Field.ADOPTER_ADOPTION_ORDER_DATE);
        stages.put("Left the process", Field.ADOPTER_LEFT_DATE);
        return stages(AnnexAList.ADOPTERS, rows, stages, "Adopters by stage reached", "Adopters", "adopter",
                "adopters");
    }

    // --- shapes shared by several lists

    private ListFigure monthly(AnnexAList list, List<AnnexARecord> rows, Field date, String title, String one,
                               String many, String lead) {
        Window window = window();
        long[] counts = new long[window.months.size()];
        long outside = 0;
        for (AnnexARecord r : rows) {
            int i = window.index(r.date(date));
            if (i < 0) {
                outside++;
            } else {
                counts[i]++;
            }
        }
        long total = sum(counts);
        if (total == 0) {
            return new ListFigure(list, title, Optional.empty(),
                    none(rows.size(), one, many, "dated in the window " + window.describe()));
        }
        List<String> notShown = new ArrayList<>();
        addIf(notShown, outside, one + " dated outside the window", many + " dated outside the window");
        StringBuilder caption = new StringBuilder(lead).append(" ").append(window.describe()).append(": ");
        for (int i = 0; i < counts.length; i++) {
            caption.append(i == 0 ? "" : "; ").append(Formats.month(window.months.get(i))).append(": ")
                    .append(Formats.count(counts[i]));
        }
        caption.append(". Total ").append(Formats.count(total)).append(".").append(window.partMonths())
                .append(notShown(notShown));
        String axis = Character.toUpperCase(many.charAt(0)) + many.substring(1);
        BarChartData chart = new BarChartData("", axis, window.labels(),
                List.of(new BarChartData.Series(axis, box(counts))), false, Optional.empty());
        return new ListFigure(list, title, Optional.of(chart), caption.toString());
    }

    private ListFigure banded(AnnexAList list, String title, int rowCount, long[] counts, List<Band> bands,
                              int timescale, String lead, String verb, String one, String many, String population,
                              List<String> notShown) {
        long total = sum(counts);
        if (total == 0) {
            return new ListFigure(list, title, Optional.empty(), none(rowCount, one, many, population)
                    + notShown(notShown));
        }
        int lastWithin = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).to() <= timescale) {
                lastWithin = i;
            }
        }
        long within = 0;
        for (int i = 0; i <= lastWithin; i++) {
            within += counts[i];
        }
        List<String> labels = new ArrayList<>();
        StringBuilder caption = new StringBuilder(lead)
                .append(" (the start day is day 0; weekends and England and Wales bank holidays do not count): ");
        for (int i = 0; i < bands.size(); i++) {
            labels.add(bands.get(i).label());
            caption.append(i == 0 ? "" : "; ").append(bands.get(i).label()).append(": ")
                    .append(Formats.count(counts[i]));
        }
        caption.append(". ").append(Formats.ofTotalWithPercent(within, total)).append(" ").append(verb)
                .append(" within ").append(timescale).append(" working days.").append(notShown(notShown));
        String marker = timescale + " working days";
        BarChartData chart = new BarChartData("Working days", Character.toUpperCase(many.charAt(0)) + many.substring(1),
                labels, List.of(new BarChartData.Series("Count", box(counts))), false,
                Optional.of(new BarChartData.Threshold(lastWithin, marker, "Within " + marker, "Over " + marker)));
        return new ListFigure(list, title, Optional.of(chart), caption.toString());
    }

    private ListFigure openAtEnd(AnnexAList list, List<AnnexARecord> rows, Field startField, Field endField,
                                 Function<AnnexARecord, String> category, String title, String lead, String by,
                                 String one, String many, String endedVerb) {
        List<AnnexARecord> open = new ArrayList<>();
        long ended = 0;
        long notStarted = 0;
        long noStart = 0;
        for (AnnexARecord r : rows) {
            LocalDate start = r.date(startField);
            LocalDate end = r.date(endField);
            if (start == null) {
                noStart++;
            } else if (start.isAfter(period.periodEnd())) {
                notStarted++;
            } else if (period.openAtEnd(start, end)) {
                open.add(r);
            } else {
                ended++;
            }
        }
        List<String> notShown = new ArrayList<>();
        addIf(notShown, ended, endedVerb + " by the period end", endedVerb + " by the period end");
        addIf(notShown, notStarted, "starting after the period end", "starting after the period end");
        addIf(notShown, noStart, "with no start date", "with no start date");
        String at = Formats.date(period.periodEnd());
        if (open.isEmpty()) {
            return new ListFigure(list, title, Optional.empty(),
                    none(rows.size(), one, many, "open at " + at) + notShown(notShown));
        }
        Map<String, Long> counts = tally(open, category, List.of());
        String caption = lead + " " + at + " " + by + ": " + describe(counts) + ". Total "
                + Formats.count(open.size()) + "." + notShown(notShown);
        String axis = Character.toUpperCase(many.charAt(0)) + many.substring(1);
        return categorical(list, title, counts, axis, caption);
    }

    private ListFigure stages(AnnexAList list, List<AnnexARecord> rows, Map<String, Field> stages, String title,
                              String axis, String one, String many) {
        if (rows.isEmpty()) {
            return new ListFigure(list, title, Optional.empty(),
                    "The list was supplied with no " + many + " on it, so there is nothing to chart.");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Field> stage : stages.entrySet()) {
            long n = rows.stream().map(r -> r.date(stage.getValue()))
                    .filter(d -> d != null && !d.isAfter(period.periodEnd())).count();
            counts.put(stage.getKey(), n);
        }
        String caption = Formats.plural(rows.size(), one, many) + " on the list; the number with each stage recorded on"
                + " or before " + Formats.date(period.periodEnd()) + " (counted at every stage reached): "
                + describe(counts) + ".";
        List<String> categories = new ArrayList<>(counts.keySet());
        BarChartData chart = new BarChartData("", axis, categories,
                List.of(new BarChartData.Series(axis, new ArrayList<>(counts.values()))), true, Optional.empty());
        return new ListFigure(list, title, Optional.of(chart), caption);
    }

    private ListFigure categorical(AnnexAList list, String title, Map<String, Long> counts, String axis,
                                   String caption) {
        BarChartData chart = new BarChartData("", axis, new ArrayList<>(counts.keySet()),
                List.of(new BarChartData.Series(axis, new ArrayList<>(counts.values()))), true, Optional.empty());
        return new ListFigure(list, title, Optional.of(chart), caption);
    }

    /**
     * Counts by category, most frequent first (ties in the order given, then alphabetical), with
     * "Not recorded" last. Categories in {@code always} are kept even at zero.
     */
    private static Map<String, Long> tally(List<AnnexARecord> rows, Function<AnnexARecord, String> category,
                                           List<String> always) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : always) {
            counts.put(c, 0L);
        }
        for (AnnexARecord r : rows) {
            counts.merge(category.apply(r), 1L, Long::sum);
        }
        List<String> order = new ArrayList<>(counts.keySet());
        Comparator<String> byCount = Comparator.comparing(counts::get, Comparator.reverseOrder());
        Comparator<String> byGiven = Comparator.comparingInt(c -> always.contains(c) ? always.indexOf(c) : always.size());
        order.sort(Comparator.comparing((String c) -> c.equals(NOT_RECORDED)).thenComparing(byCount)
                .thenComparing(byGiven).thenComparing(Comparator.naturalOrder()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        for (String c : order) {
            sorted.put(c, counts.get(c));
        }
        return sorted;
    }

    private static String coded(AnnexARecord r, Field field, boolean withCode) {
        String code = r.text(field);
        if (code == null) {
            return NOT_RECORDED;
        }
        CodeList codes = field.codeList();
        return withCode ? code + " " + codes.label(code) : codes.label(code);
    }

    private static String grouped(String code, List<Group> groups) {
        if (code == null) {
            return NOT_RECORDED;
        }
        for (Group g : groups) {
            if (g.codes().contains(code)) {
                return g.label();
            }
        }
        return NOT_RECORDED;
    }

    private static List<String> labels(List<Group> groups) {
        return groups.stream().map(Group::label).toList();
    }

    private Optional<Integer> workingDays(LocalDate start, LocalDate end) {
        try {
            return Optional.of(calendar.workingDaysBetween(start, end));
        } catch (DateOutsideCalendarException e) {
            return Optional.empty();
        }
    }

    private String calendarYears() {
        return "(" + calendar.firstYear() + " to " + calendar.lastYear() + ")";
    }

    static int bandOf(List<Band> bands, int days) {
        for (int i = 0; i < bands.size(); i++) {
            if (days >= bands.get(i).from() && days <= bands.get(i).to()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no band for " + days + " working days");
    }

    private static String describe(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(Formats.count(e.getValue()));
        }
        return sb.toString();
    }

    /** "None of the 12 assessments on the list was authorised in the window, so there is nothing to chart." */
    private static String none(long rowCount, String one, String many, String what) {
        if (rowCount == 0) {
            return "The list was supplied with no " + many + " on it, so there is nothing to chart.";
        }
        String subject = rowCount == 1 ? "The one " + one + " on the list is not " + what
                : "None of the " + Formats.count(rowCount) + " " + many + " on the list is " + what;
        return subject + ", so there is nothing to chart.";
    }

    private static void addIf(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(Formats.count(n) + " " + (n == 1 ? one : many));
        }
    }

    private static String notShown(List<String> parts) {
        return parts.isEmpty() ? "" : " Not shown: " + String.join("; ", parts) + ".";
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static List<Long> box(long[] values) {
        List<Long> boxed = new ArrayList<>(values.length);
        for (long v : values) {
            boxed.add(v);
        }
        return boxed;
    }

    private Window window() {
        return new Window(period);
    }

    /** A duration band in working days, both ends inclusive. */
    record Band(String label, int from, int to) {
    }

    /** A named group of codes, e.g. the foster placement types. */
    record Group(String label, List<String> codes) {
        Group(String label, String... codes) {
            this(label, List.of(codes));
        }
    }

    /** The calendar months the six-month window touches; the first and last may be part months. */
    private static final class Window {
        private final ReportingPeriod period;
        private final List<YearMonth> months = new ArrayList<>();

        Window(ReportingPeriod period) {
            this.period = period;
            for (YearMonth m = YearMonth.from(period.windowFirstDay()); !m.isAfter(YearMonth.from(period.periodEnd()));
                 m = m.plusMonths(1)) {
                months.add(m);
            }
        }

        /** Index of the date's month, or -1 when the date is missing or outside the window. */
        int index(LocalDate date) {
            return period.inWindow(date) ? months.indexOf(YearMonth.from(date)) : -1;
        }

        List<String> labels() {
            return months.stream().map(Formats::shortMonth).toList();
        }

        String describe() {
            return Formats.date(period.windowFirstDay()) + " to " + Formats.date(period.periodEnd());
        }

        String partMonths() {
            List<String> part = new ArrayList<>();
            if (period.windowFirstDay().getDayOfMonth() != 1) {
                part.add(Formats.month(months.get(0)));
            }
            if (!period.periodEnd().equals(YearMonth.from(period.periodEnd()).atEndOfMonth())) {
                part.add(Formats.month(months.get(months.size() - 1)));
            }
            if (part.isEmpty()) {
                return "";
            }
            return " " + String.join(" and ", part) + (part.size() == 1 ? " is a part month." : " are part months.");
        }
    }
}
