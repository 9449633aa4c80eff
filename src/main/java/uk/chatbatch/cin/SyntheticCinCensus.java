package uk.chatbatch.cin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic CIN census in the shape of a given census year: the same seed, size and year
 * always give the same bytes. Children follow a plausible path (referral, assessment with factors,
 * then for some a CIN plan, a section 47 enquiry, an ICPC and a child protection plan with reviews);
 * codes and elements are those of the census year (GenderCurrent or Sex, CINPlanDates from 2021-22,
 * 5D and RC9 from 2022-23, factors by year). With a mess rate, that share of children carry one
 * typical fault each (no LAchildID, an unusable referral date, a code that is no code, ...).
 *
 * <p>Nothing here is real: identifiers are C0000001 upwards, UPNs are random digits.
 */
public final class SyntheticCinCensus {

    /**
     * @param seed       random seed
     * @param children   how many {@code <Child>} elements
     * @param censusYear the census (end) year whose shape to write, 2017 or later
     * @param messRate   share of children, 0 to 1, with one fault each
     */
    public record Options(long seed, int children, int censusYear, double messRate) {

        public Options {
            if (children < 0) {
                throw new IllegalArgumentException("children must be zero or more, not " + children);
            }
            if (censusYear < 2017) {
                throw new IllegalArgumentException("census years from 2017 are generated, not " + censusYear);
            }
            if (messRate < 0 || messRate > 1) {
                throw new IllegalArgumentException("mess rate is a share from 0 to 1, not " + messRate);
            }
        }

        public static Options clean(long seed, int children, int censusYear) {
            return new Options(seed, children, censusYear, 0);
        }
    }

    /** What was written: children, and elements per table (each becomes one row read). */
    public record Counts(int children, Map<CinTable, Long> rows) {

        public long rows(CinTable table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private static final String[] ETHNICITY = {"WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"};
    private static final String[] DISABILITY = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON",
            "AUT", "DDA"};
    private static final String[] SOURCE = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4",
            "5A", "5B", "5C", "6", "7", "8", "9", "10"};
    private static final String[] NEED = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N0"};
    private static final String[] CLOSURE = {"RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7"};
    private static final String[] ABUSE = {"NEG", "PHY", "SAB", "EMO", "MUL"};

    private final Options options;
    private final SplittableRandom random;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final List<String> factors = new ArrayList<>();
    private final Map<CinTable, Long> rows = new EnumMap<>(CinTable.class);
    private Writer out;

    private SyntheticCinCensus(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.periodEnd = LocalDate.of(options.censusYear(), 3, 31);
        this.periodStart = periodEnd.minusYears(1).plusDays(1);
        for (CinCodeList.Entry entry : CinCodeList.ASSESSMENT_FACTOR.entries()) {
            if (entry.validIn(options.censusYear()) && !entry.code().equals("21")) {
                factors.add(entry.code());
            }
        }
    }

    public static Counts write(Options options, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            return write(options, stream);
        }
    }

    /** Writes to the stream, which is flushed and left open. */
    public static Counts write(Options options, OutputStream stream) throws IOException {
        SyntheticCinCensus census = new SyntheticCinCensus(options);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        census.out = writer;
        census.document();
        writer.flush();
        return new Counts(options.children(), Map.copyOf(census.rows));
    }

    private void document() throws IOException {
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line(0, "<Message>");
        line(1, "<Header>");
        line(2, "<CollectionDetails>");
        value(3, "Collection", "CIN");
        value(3, "Year", String.valueOf(options.censusYear()));
        value(3, "ReferenceDate", periodEnd.toString());
        line(2, "</CollectionDetails>");
        line(2, "<Source>");
        value(3, "SourceLevel", "L");
        value(3, "LEA", "999");
        value(3, "SoftwareCode", "chat-batch synthetic");
        value(3, "Release", "1");
        value(3, "SerialNo", "001");
        value(3, "DateTime", periodEnd.plusDays(30) + "T09:00:00");
        line(2, "</Source>");
        line(1, "</Header>");
        line(1, "<Children>");
        for (int i = 1; i <= options.children(); i++) {
            child(i);
        }
        line(1, "</Children>");
        line(0, "</Message>");
    }

    /** The one fault a messy child carries, if any. */
    private enum Fault { NONE, NO_CHILD_ID, BAD_REFERRAL_DATE, BAD_CODE, BAD_UPN, WRONG_NFA, UNKNOWN_ELEMENT }

    private void child(int n) throws IOException {
        Fault fault = random.nextDouble() < options.messRate()
                ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)] : Fault.NONE;
        count(CinTable.CHILD);
        line(2, "<Child>");
        line(3, "<ChildIdentifiers>");
        if (fault != Fault.NO_CHILD_ID) {
            value(4, "LAchildID", String.format("C%07d", n));
        }
        boolean unborn = random.nextInt(100) < 2;
        LocalDate born = unborn ? periodEnd.plusDays(1 + random.nextInt(150))
                : periodEnd.minusDays(1 + random.nextInt(18 * 365));
        if (fault == Fault.BAD_UPN) {
            value(4, "UPN", "A12345");
        } else if (!unborn && random.nextInt(100) < 75) {
            value(4, "UPN", upn());
        } else {
            value(4, "UPNunknown", unborn ? "UN1" : "UN" + (1 + random.nextInt(5)));
        }
        value(4, unborn ? "ExpectedPersonBirthDate" : "PersonBirthDate", born.toString());
        sex(unborn);
        if (fault == Fault.UNKNOWN_ELEMENT) {
            value(4, "FavouriteColour", "blue");
        }
        line(3, "</ChildIdentifiers>");
        line(3, "<ChildCharacteristics>");
        value(4, "Ethnicity", random.nextInt(100) < 70 ? "WBRI" : pick(ETHNICITY));
        line(4, "<Disabilities>");
        if (random.nextInt(100) < 85) {
            disability("NONE");
        } else {
            String first = pick(DISABILITY);
            disability(first);
            String second = pick(DISABILITY);
            if (random.nextBoolean() && !second.equals(first)) {
                disability(second);
            }
        }
        line(4, "</Disabilities>");
        line(3, "</ChildCharacteristics>");

        int episodes = random.nextInt(100) < 80 ? 1 : random.nextInt(100) < 85 ? 2 : 3;
        LocalDate from = unborn ? periodStart : later(born, periodStart.minusYears(1));
        for (int e = 1; e <= episodes && !from.isAfter(periodEnd); e++) {
            LocalDate referral = from.plusDays(random.nextInt(Math.max(1, days(from, periodEnd) / (episodes - e + 1))));
            from = episode(referral, e == episodes, fault).plusDays(1);
            fault = Fault.NONE;
        }
        line(2, "</Child>");
    }

    /** One CINdetails; returns the day it closed (or the period end when it is still open). */
    private LocalDate episode(LocalDate referral, boolean last, Fault fault) throws IOException {
        count(CinTable.EPISODE);
        line(3, "<CINdetails>");
        value(4, "CINreferralDate", fault == Fault.BAD_REFERRAL_DATE ? "31/02/" + referral.getYear() : referral.toString());
        value(4, "ReferralSource", options.censusYear() >= 2023 && random.nextInt(100) < 5 ? "5D" : pick(SOURCE));
        boolean nfa = random.nextInt(100) < 15;
        // Only the latest episode may stay open; a closed one has no plan still running.
        boolean closing = !last || random.nextInt(100) < 60;
        // Groups in the schema's order: Assessments, CINPlanDates, Section47, then ReferralNFA, then plans.
        StringBuilder assessments = new StringBuilder();
        StringBuilder cinPlans = new StringBuilder();
        StringBuilder enquiries = new StringBuilder();
        StringBuilder cpPlans = new StringBuilder();
        LocalDate close = null;
        String reason = null;
        if (nfa) {
            close = referral;
            reason = options.censusYear() >= 2023 && random.nextBoolean() ? "RC9" : "RC8";
        } else {
            value(4, "PrimaryNeedCode", fault == Fault.BAD_CODE ? "N12" : pick(NEED));
            LocalDate assessed = bounded(referral.plusDays(random.nextInt(10)));
            LocalDate authorised = assessed.plusDays(10 + random.nextInt(50));
            boolean authorisedInPeriod = !authorised.isAfter(periodEnd);
            LocalDate latest = authorisedInPeriod ? authorised : assessed;
            assessment(assessments, assessed, authorisedInPeriod ? authorised : null);
            if (options.censusYear() >= ChildInterpreter.CIN_PLAN_DATES_FROM && authorisedInPeriod
                    && authorised.isBefore(periodEnd) && random.nextInt(100) < 45) {
                LocalDate start = authorised.plusDays(1);
                LocalDate end = planEnd(start, 30, 300, closing);
                cinPlan(cinPlans, start, end);
                latest = later(latest, end == null ? start : end);
            }
            if (random.nextInt(100) < 25) {
                LocalDate s47 = bounded(referral.plusDays(random.nextInt(5)));
                LocalDate target = s47.plusDays(15);
                LocalDate icpc = random.nextInt(100) < 60 ? withinPeriod(s47.plusDays(5 + random.nextInt(15))) : null;
                section47(enquiries, s47, target, icpc);
                if (icpc != null && random.nextInt(100) < 80) {
                    LocalDate end = planEnd(icpc, 90, 500, closing);
                    cpPlan(cpPlans, icpc, end);
                    latest = later(latest, end == null ? icpc : end);
                }
            }
            if (closing) {
                close = bounded(latest.plusDays(1 + random.nextInt(60)));
                reason = random.nextInt(100) < 70 ? "RC7" : pick(CLOSURE);
            }
        }
        if (close != null) {
            value(4, "CINclosureDate", close.toString());
            value(4, "ReasonForClosure", reason);
        }
        out.append(assessments).append(cinPlans).append(enquiries);
        value(4, "ReferralNFA", fault == Fault.WRONG_NFA ? "wrong" : nfa ? (random.nextBoolean() ? "1" : "true")
                : (random.nextBoolean() ? "0" : "false"));
        out.append(cpPlans);
        line(3, "</CINdetails>");
        return close == null ? periodEnd : close;
    }

    private void assessment(StringBuilder b, LocalDate start, LocalDate authorised) {
        count(CinTable.ASSESSMENT);
        append(b, 4, "<Assessments>");
        append(b, 5, element("AssessmentActualStartDate", start.toString()));
        if (authorised != null) {
            append(b, 5, element("AssessmentAuthorisationDate", authorised.toString()));
            append(b, 5, "<FactorsIdentifiedAtAssessment>");
            int n = random.nextInt(100) < 10 ? 0 : 1 + random.nextInt(4);
            if (n == 0) {
                count(CinTable.ASSESSMENT_FACTOR);
                append(b, 6, element("AssessmentFactors", "21"));
            }
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < n) {
                String f = factors.get(random.nextInt(factors.size()));
                if (!chosen.contains(f)) {
                    chosen.add(f);
                    count(CinTable.ASSESSMENT_FACTOR);
                    append(b, 6, element("AssessmentFactors", f));
                }
            }
            append(b, 5, "</FactorsIdentifiedAtAssessment>");
        }
        append(b, 4, "</Assessments>");
    }

    private void cinPlan(StringBuilder b, LocalDate start, LocalDate end) {
        count(CinTable.PLAN);
        append(b, 4, "<CINPlanDates>");
        append(b, 5, element("CINPlanStartDate", start.toString()));
        if (end != null) {
            append(b, 5, element("CINPlanEndDate", end.toString()));
        }
        append(b, 4, "</CINPlanDates>");
    }

    private void section47(StringBuilder b, LocalDate start, LocalDate target, LocalDate icpc) {
        count(CinTable.SECTION_47);
        append(b, 4, "<Section47>");
        append(b, 5, element("S47ActualStartDate", start.toString()));
        append(b, 5, element("InitialCPCtarget", target.toString()));
        if (icpc != null) {
            append(b, 5, element("DateOfInitialCPC", icpc.toString()));
        }
        append(b, 5, element("ICPCnotRequired", icpc == null && random.nextBoolean() ? "1" : "0"));
        append(b, 4, "</Section47>");
    }

    private void cpPlan(StringBuilder b, LocalDate start, LocalDate end) {
        count(CinTable.CP_PLAN);
        append(b, 4, "<ChildProtectionPlans>");
        append(b, 5, element("CPPstartDate", start.toString()));
        if (end != null) {
            append(b, 5, element("CPPendDate", end.toString()));
        }
        String category = pick(ABUSE);
        append(b, 5, element("InitialCategoryOfAbuse", category));
        append(b, 5, element("LatestCategoryOfAbuse", random.nextInt(100) < 85 ? category : pick(ABUSE)));
        append(b, 5, element("NumberOfPreviousCPP", String.valueOf(random.nextInt(100) < 80 ? 0 : 1 + random.nextInt(3))));
        LocalDate stop = end == null ? periodEnd : end;
        LocalDate review = start.plusMonths(3);
        if (!review.isAfter(stop)) {
            append(b, 5, "<Reviews>");
            while (!review.isAfter(stop)) {
                count(CinTable.CP_REVIEW);
                append(b, 6, element("CPPreviewDate", review.toString()));
                review = review.plusMonths(6);
            }
            append(b, 5, "</Reviews>");
        }
        append(b, 4, "</ChildProtectionPlans>");
    }

    private void sex(boolean unborn) throws IOException {
        int r = random.nextInt(100);
        if (options.censusYear() >= ChildInterpreter.SEX_FROM) {
            value(4, "Sex", unborn || r < 2 ? "U" : r < 51 ? "M" : "F");
        } else {
            value(4, "GenderCurrent", unborn ? "0" : r < 1 ? "9" : r < 2 ? "0" : r < 51 ? "1" : "2");
        }
    }

    private void disability(String code) throws IOException {
        count(CinTable.DISABILITY);
        value(5, "Disability", code);
    }

    private String upn() {
        StringBuilder upn = new StringBuilder(13);
        upn.append((char) ('A' + random.nextInt(26))).append("999");
        for (int i = 0; i < 8; i++) {
            upn.append((char) ('0' + random.nextInt(10)));
        }
        upn.append((char) ('A' + random.nextInt(26)));
        return upn.toString();
    }

    private void count(CinTable table) {
        rows.merge(table, 1L, Long::sum);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A plan of an episode that closes ends within the period; otherwise it may still be running. */
    private LocalDate planEnd(LocalDate start, int minDays, int spreadDays, boolean closing) {
        LocalDate end = start.plusDays(minDays + random.nextInt(spreadDays));
        if (closing) {
            return bounded(end);
        }
        return random.nextBoolean() ? withinPeriod(end) : null;
    }

    private LocalDate withinPeriod(LocalDate date) {
        return date == null || date.isAfter(periodEnd) ? null : date;
    }

    private LocalDate bounded(LocalDate date) {
        return date.isAfter(periodEnd) ? periodEnd : date;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) (to.toEpochDay() - from.toEpochDay());
    }

    private void value(int depth, String name, String text) throws IOException {
        line(depth, element(name, text));
    }

    private void line(int depth, String text) throws IOException {
        indent(out, depth);
        out.write(text);
        out.write('\n');
    }

    private static void append(StringBuilder b, int depth, String text) {
        try {
            indent(b, depth);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        b.append(text).append('\n');
    }

    private static void indent(Appendable a, int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            a.append("  ");
        }
    }

    /** Values here are codes, dates and plain words, but escape anyway so the output is always XML. */
    private static String element(String name, String text) {
        StringBuilder b = new StringBuilder(name.length() * 2 + text.length() + 5);
        b.append('<').append(name).append('>');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.append("</").append(name).append('>').toString();
    }
}
