package uk.chatbatch.generate;

import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.generate.Staff.Function;

/**
 * Lists 1 to 7 for children who come through the front door in the window, and the child protection
 * plans and children-in-need episodes that were already open when it began.
 *
 * <p>One referral's path: contact; referral the same or the next working day (unless no further
 * action); assessment starting within a few working days; sometimes a strategy discussion starting a
 * section 47 enquiry; for about half of those an initial conference, usually within 15 working days;
 * most conferences start a plan on the day. A child with an open episode is not referred again, so
 * later contacts while it is open stay contacts.
 */
final class FrontDoor {

    static final Weighted<Integer> CONTACTS_PER_CHILD = Weighted.of(1, 72.0, 2, 20.0, 3, 6.0, 4, 1.5, 5, 0.5);
    static final Weighted<String> SOURCE = Weighted.of(
            "6", 28.0, "2A", 17.0, "2B", 2.0, "3A", 3.0, "3B", 3.0, "3C", 1.0, "3D", 2.0, "3E", 3.0, "3F", 2.0,
            "1A", 6.0, "1B", 1.0, "1C", 1.5, "1D", 1.5, "4", 2.0, "5A", 3.0, "5B", 3.0, "5C", 2.0, "5D", 3.0,
            "7", 4.0, "8", 4.0, "9", 2.0, "10", 3.0);
    static final Weighted<String> CHILD_SEEN = Weighted.of("Yes", 93.0, "No", 5.0, "Unknown", 2.0);
    static final Weighted<String> NEED = Weighted.of(
            "N1", 50.0, "N2", 8.0, "N3", 7.0, "N4", 12.0, "N5", 12.0, "N6", 2.0, "N7", 1.0, "N8", 3.0, "N9", 3.0,
            "N0", 2.0);
    static final Weighted<String> CIN_CLOSURE = Weighted.of(
            "RC7", 72.0, "RC3", 5.0, "RC4", 5.0, "RC5", 10.0, "RC6", 3.0, "RC1", 0.5, "RC2", 0.3);
    static final Weighted<String> ABUSE = Weighted.of("NEG", 48.0, "EMO", 36.0, "PHY", 8.0, "SAB", 4.0, "MUL", 4.0);
    static final Weighted<String> SEEN_ALONE = Weighted.of("Yes", 78.0, "No", 18.0, "Unknown", 4.0);
    static final Weighted<String> UNACCOMPANIED_SOURCE = Weighted.of("6", 60.0, "5C", 25.0, "7", 15.0);
    static final Weighted<Integer> PREVIOUS_PLANS = Weighted.of(1, 78.0, 2, 17.0, 3, 5.0);
    static final Weighted<String> EARLY_HELP_ORGANISATION = Weighted.of(
            "Early Help Hub", 25.0, "School", 22.0, "Health Visiting", 10.0, "Children's Centre", 10.0,
            "Family Support Service", 15.0, "Voluntary Sector", 8.0, "Youth Service", 6.0, "Education Welfare", 4.0);

    static final double REFERRAL_RATE = 0.53;
    static final double NEXT_DAY_REFERRAL = 0.35;
    static final double NFA_RATE = 0.08;
    static final double S47_RATE = 0.30;
    static final double ICPC_RATE = 0.50;
    static final double PLAN_RATE = 0.88;
    /** Referred children with an earlier referral (before the window) within 12 months of their first one. */
    static final double EARLIER_REFERRAL_RATE = 0.17;
    /** Referred children with a referral 12 to 18 months before T that is too old to make them re-referred. */
    static final double OLD_REFERRAL_RATE = 0.04;
    static final double PREVIOUS_PLAN_RATE = 0.22;
    static final double EARLY_HELP_RATE = 0.14;

    private final Extract extract;
    private final ChildrenInCare care;

    FrontDoor(Extract extract, ChildrenInCare care) {
        this.extract = extract;
        this.care = care;
    }

    /** A child with contacts in the window, and whatever follows from them. */
    void contacts(SyntheticChild child, Dice dice) {
        ChildHistory history = new ChildHistory(child, dice);
        int count = dice.pick(CONTACTS_PER_CHILD);
        List<LocalDate> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(extract.dayInWindow(dice));
        }
        contacts.sort(null);
        LocalDate busyUntil = null;
        Set<String> written = new HashSet<>();
        for (LocalDate contact : contacts) {
            String source = dice.pick(SOURCE);
            // Two contacts on one day from one source would be the same row to liia-tools' key: a duplicate.
            if (!written.add(contact + " " + source)) {
                continue;
            }
            extract.rows.add(CONTACTS).child(child, contact)
                    .set(Field.DATE_OF_CONTACT, contact)
                    .set(Field.CONTACT_SOURCE, source);
            boolean free = busyUntil == null || contact.isAfter(busyUntil);
            if (free && dice.chance(REFERRAL_RATE)) {
                LocalDate date = contact;
                if (dice.chance(NEXT_DAY_REFERRAL)) {
                    date = extract.workingDays.plusOrSame(contact, 1);
                }
                Referral referral = history.refer(date, source);
                busyUntil = follow(history, referral, false);
            }
        }
        if (dice.chance(EARLY_HELP_RATE)) {
            earlyHelp(child, dice);
        }
        history.writeReferrals();
    }

    /**
     * An unaccompanied young person arriving in the window: one contact, referred the same day, assessed
     * and looked after within a couple of days.
     */
    void unaccompaniedArrival(SyntheticChild child, Dice dice) {
        ChildHistory history = new ChildHistory(child, dice);
        LocalDate contact = extract.dayInWindow(dice);
        String source = dice.pick(UNACCOMPANIED_SOURCE);
        extract.rows.add(CONTACTS).child(child, contact)
                .set(Field.DATE_OF_CONTACT, contact)
                .set(Field.CONTACT_SOURCE, source);
        Referral referral = history.refer(contact, source);
        follow(history, referral, true);
        history.writeReferrals();
    }

    /** Early help assessments in the window for a child who may never reach children's social care. */
    void earlyHelp(SyntheticChild child, Dice dice) {
        int count = dice.chance(0.05) ? 2 : 1;
        Set<LocalDate> starts = new HashSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = Extract.officeDay(extract.dayInWindow(dice), extract.firstDayOfWindow());
            LocalDate completed = dice.chance(0.75)
                    ? Extract.officeDay(extract.byEnd(start.plusDays(dice.between(7, 90))), start) : null;
            // A second assessment starting the same day would duplicate the first by its key.
            if (!starts.add(start)) {
                continue;
            }
            extract.rows.add(EARLY_HELP).child(child, start)
                    .set(Field.EH_ASSESSMENT_START_DATE, start)
                    .set(Field.EH_ASSESSMENT_COMPLETION_DATE, completed)
                    .set(Field.EH_ORGANISATION, dice.pick(EARLY_HELP_ORGANISATION));
        }
    }

    /**
     * A plan that began before the window: open at T or ended in it. About one in seven has run for
     * more than two years, and some of those end in the window.
     */
    void planOpenBeforeWindow(String id, Dice dice) {
        LocalDate periodEnd = extract.periodEnd;
        LocalDate start;
        LocalDate end = null;
        if (dice.chance(0.15)) {
            if (dice.chance(0.45)) {
                end = extract.dayInWindow(dice);
                start = end.minusDays(dice.between(731, 1100));
            } else {
                start = periodEnd.minusDays(dice.between(731, 1150));
            }
        } else {
            start = extract.windowStart.minusDays(dice.between(1, 420));
            if (dice.chance(0.5)) {
                end = extract.dayInWindow(dice);
            }
        }
        LocalDate cinStart = start.minusDays(dice.between(10, 60));
        SyntheticChild child = Demographics.child(id, Demographics.dobBefore(cinStart, 15, periodEnd, dice), dice);
        ChildHistory history = new ChildHistory(child, dice);
        history.writePlan(start, end, null, false);
        Allocation cin = new Allocation(extract.staff.allocate(Function.SAFEGUARDING, dice));
        if (end == null) {
            cin.write(history, cinStart, "N1", null, null, "Child Protection plan");
        } else if (dice.chance(0.5)) {
            cin.write(history, cinStart, "N1", null, null, "Child in need plan");
        } else {
            LocalDate closed = extract.byEnd(end.plusDays(dice.between(0, 30)));
            if (closed == null) {
                cin.write(history, cinStart, "N1", null, null, "Child in need plan");
            } else {
                cin.write(history, cinStart, "N1", closed, "RC7", "Closed episode");
            }
        }
    }

    /**
     * A child in need whose episode began before the window; some had an assessment that started before
     * it and was authorised in it or is still open, which List 4 carries.
     */
    void childInNeedOpenBeforeWindow(String id, Dice dice) {
        LocalDate periodEnd = extract.periodEnd;
        boolean carriedAssessment = dice.chance(0.4);
        LocalDate cinStart = carriedAssessment
                ? dice.dateBetween(periodEnd.minusMonths(8), extract.windowStart)
                : periodEnd.minusDays(dice.between(190, 700));
        SyntheticChild child = Demographics.child(id, Demographics.dobBefore(cinStart, 16, periodEnd, dice), dice);
        ChildHistory history = new ChildHistory(child, dice);
        String status = "Child in need plan";
        if (carriedAssessment) {
            LocalDate start = dice.chance(0.45) ? extract.workingDays.workingDayOnOrAfter(cinStart)
                    : extract.workingDays.plusOrSame(cinStart, dice.between(1, 3));
            LocalDate authorised = extract.workingDays.plusOrNull(start, assessmentWorkingDays(dice));
            if (authorised == null || authorised.isAfter(extract.windowStart)) {
                writeAssessment(history, start, authorised, authorised == null ? null : "Yes",
                        extract.staff.allocate(Function.ASSESSMENT, dice));
            }
            if (authorised == null) {
                status = "Open assessment";
            }
        }
        String need = dice.pick(NEED);
        Function team = "N2".equals(need) ? Function.DISABLED_CHILDREN : Function.SAFEGUARDING;
        Allocation cin = new Allocation(extract.staff.allocate(team, dice));
        if (!"Open assessment".equals(status) && dice.chance(0.3)) {
            LocalDate closed = dice.dateBetween(max(extract.firstDayOfWindow(), cinStart.plusDays(1)), periodEnd);
            cin.write(history, cinStart, need, closed, dice.pick(CIN_CLOSURE), "Closed episode");
        } else {
            cin.write(history, cinStart, need, null, null, status);
        }
    }

    /**
     * Everything that follows one referral. Returns the day the child's episode closed, or T while it is
     * still open, so the next contact is only referred after it.
     */
    private LocalDate follow(ChildHistory history, Referral referral, boolean unaccompanied) {
        Dice dice = history.dice;
        LocalDate periodEnd = extract.periodEnd;
        if (!unaccompanied && dice.chance(NFA_RATE)) {
            referral.nfa = "Yes";
            return referral.date;
        }
        referral.nfa = "No";
        WorkingDays days = extract.workingDays;
        LocalDate start = dice.chance(0.45) ? days.workingDayOnOrAfter(referral.date)
                : days.plusOrSame(referral.date, dice.between(1, 4));
        LocalDate authorised = days.plusOrNull(start, assessmentWorkingDays(dice));
        Staff.Allocation assessor = extract.staff.allocate(Function.ASSESSMENT, dice);

        LocalDate planStart = null;
        boolean s47 = false;
        if (!unaccompanied && dice.chance(S47_RATE)) {
            LocalDate strategy = dice.chance(0.3) ? referral.date : days.plusOrNull(start, dice.between(0, 8));
            if (strategy != null) {
                s47 = true;
                planStart = section47(history, strategy, assessor);
            }
        }

        String requiresSupport = null;
        if (authorised != null) {
            boolean yes = planStart != null || unaccompanied || dice.chance(s47 ? 0.75 : 0.58);
            requiresSupport = yes ? "Yes" : "No";
        }
        writeAssessment(history, start, authorised, requiresSupport, assessor);

        LocalDate cinStart = referral.date;
        String need = unaccompanied ? "N8" : dice.pick(NEED);
        if (planStart != null && !"N1".equals(need) && dice.chance(0.7)) {
            need = "N1";
        }
        if (unaccompanied) {
            LocalDate looked = days.plusOrSame(referral.date, dice.between(0, 2));
            ChildrenInCare.Ceased ceased = care.enterFromFrontDoor(history.child, looked,
                    ChildrenInCare.Route.UNACCOMPANIED, dice);
            return writeCareEpisode(history, cinStart, need, ceased, dice);
        }
        if (planStart != null) {
            Plan plan = plan(history, planStart);
            if (plan.lookedAfter != null) {
                ChildrenInCare.Ceased ceased = care.enterFromFrontDoor(history.child, plan.lookedAfter,
                        plan.emergency ? ChildrenInCare.Route.EMERGENCY : ChildrenInCare.Route.FROM_PLAN, dice);
                return writeCareEpisode(history, cinStart, need, ceased, dice);
            }
            Allocation cin = new Allocation(extract.staff.allocate(Function.SAFEGUARDING, dice));
            if (plan.end == null) {
                cin.write(history, cinStart, need, null, null, "Child Protection plan");
                return periodEnd;
            }
            return stepDown(history, cin, cinStart, need, plan.end);
        }
        if (authorised == null) {
            new Allocation(assessor).write(history, cinStart, need, null, null, "Open assessment");
            return periodEnd;
        }
        if ("No".equals(requiresSupport)) {
            String reason = dice.chance(0.75) ? "RC8" : "RC9";
            new Allocation(assessor).write(history, cinStart, need, authorised, reason, "Closed episode");
            return authorised;
        }
        if (dice.chance(0.03)) {
            LocalDate looked = extract.byEnd(start.plusDays(dice.between(0, 10)));
            if (looked != null) {
                ChildrenInCare.Ceased ceased = care.enterFromFrontDoor(history.child, looked,
                        ChildrenInCare.Route.FROM_ASSESSMENT, dice);
                return writeCareEpisode(history, cinStart, need, ceased, dice);
            }
        }
        Function team = "N2".equals(need) ? Function.DISABLED_CHILDREN : Function.SAFEGUARDING;
        return stepDown(history, new Allocation(extract.staff.allocate(team, dice)), cinStart, need, authorised);
    }

    /** Services after an assessment or a plan: a child-in-need plan that may close in the window. */
    private LocalDate stepDown(ChildHistory history, Allocation cin, LocalDate cinStart, String need, LocalDate from) {
        Dice dice = history.dice;
        LocalDate closed = extract.byEnd(from.plusDays(dice.between(30, 300)));
        if (closed != null && dice.chance(0.8)) {
            cin.write(history, cinStart, need, closed, dice.pick(CIN_CLOSURE), "Closed episode");
            return closed;
        }
        cin.write(history, cinStart, need, null, null, "Child in need plan");
        return extract.periodEnd;
    }

    private LocalDate writeCareEpisode(ChildHistory history, LocalDate cinStart, String need,
            ChildrenInCare.Ceased ceased, Dice dice) {
        Allocation cin = new Allocation(extract.staff.allocate(Function.CHILDREN_IN_CARE, dice));
        if (ceased == null) {
            cin.write(history, cinStart, need, null, null, "Looked after child");
            return extract.periodEnd;
        }
        cin.write(history, cinStart, need, ceased.date(), ChildrenInCare.closureReason(ceased.reason()),
                "Closed episode");
        return ceased.date();
    }

    /** A section 47 enquiry; returns the day a plan started, or null. */
    private LocalDate section47(ChildHistory history, LocalDate strategy, Staff.Allocation assessor) {
        Dice dice = history.dice;
        history.s47Dates.add(strategy);
        String unnecessary = null;
        LocalDate icpc = null;
        String resulted = null;
        LocalDate planStart = null;
        if (dice.chance(ICPC_RATE)) {
            unnecessary = "No";
            icpc = extract.workingDays.plusOrNull(strategy, icpcWorkingDays(dice));
            if (icpc != null) {
                history.icpcDates.add(icpc);
                resulted = dice.chance(PLAN_RATE) ? "Yes" : "No";
                if ("Yes".equals(resulted)) {
                    planStart = icpc;
                }
            }
        } else if (extract.workingDays.between(strategy, extract.periodEnd) > 10 || dice.chance(0.5)) {
            unnecessary = "Yes";
        }
        extract.rows.add(SECTION_47).child(history.child, strategy)
                .set(Field.S47_START_DATE, strategy)
                .set(Field.ICPC_UNNECESSARY, unnecessary)
                .set(Field.ICPC_DATE, icpc)
                .set(Field.ICPC_RESULTED_IN_PLAN, resulted)
                .set(Field.S47_LAST_12_MONTHS, history.countWithinYear(history.s47Dates, strategy))
                .set(Field.ICPCS_LAST_12_MONTHS, history.countWithinYear(history.icpcDates, strategy))
                .team(assessor);
        return planStart;
    }

    /** A plan that starts at a conference in the window. */
    private Plan plan(ChildHistory history, LocalDate start) {
        Dice dice = history.dice;
        int days = dice.chance(0.12) ? dice.between(20, 90)
                : dice.chance(0.7) ? dice.between(180, 400) : dice.between(401, 700);
        LocalDate end = extract.byEnd(start.plusDays(days));
        LocalDate lookedAfter = null;
        boolean emergency = false;
        if (dice.chance(0.07)) {
            LocalDate entry = extract.byEnd(start.plusDays(dice.between(14, 150)));
            if (entry != null && (end == null || entry.isBefore(end))) {
                lookedAfter = entry;
                end = entry;
                emergency = dice.chance(0.25);
            }
        }
        history.writePlan(start, end, lookedAfter, emergency);
        return new Plan(end, lookedAfter, emergency);
    }

    private void writeAssessment(ChildHistory history, LocalDate start, LocalDate authorised, String requiresSupport,
            Staff.Allocation assessor) {
        extract.rows.add(ASSESSMENTS).child(history.child, start)
                .set(Field.ASSESSMENT_START_DATE, start)
                .set(Field.ASSESSMENT_CHILD_SEEN, history.dice.pick(CHILD_SEEN))
                .set(Field.ASSESSMENT_AUTHORISATION_DATE, authorised)
                .set(Field.ASSESSMENT_REQUIRES_SUPPORT, requiresSupport)
                .team(assessor);
    }

    /**
     * Working days from start to authorisation: most within 45 (median about 32), a tail beyond, as in
     * the DfE's duration bands.
     */
    static int assessmentWorkingDays(Dice dice) {
        double u = dice.unit();
        if (u < 0.03) {
            return 0;
        }
        if (u < 0.80) {
            return 1 + (int) Math.floor(44.999 * Math.sqrt(dice.unit()));
        }
        return dice.chance(0.6) ? dice.between(46, 60) : dice.between(61, 110);
    }

    /** Working days from strategy discussion to initial conference: about four in five within 15. */
    static int icpcWorkingDays(Dice dice) {
        if (dice.chance(0.78)) {
            return 15 - (int) Math.floor(10.999 * dice.unit() * dice.unit());
        }
        return dice.between(16, 32);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Plan(LocalDate end, LocalDate lookedAfter, boolean emergency) {
    }

    private static final class Referral {
        final LocalDate date;
        final String source;
        String nfa;

        Referral(LocalDate date, String source) {
            this.date = date;
            this.source = source;
        }
    }

    /** A team and worker holding a child-in-need episode. */
    private final class Allocation {
        private final Staff.Allocation allocation;

        Allocation(Staff.Allocation allocation) {
            this.allocation = allocation;
        }

        void write(ChildHistory history, LocalDate start, String need, LocalDate closed, String reason, String status) {
            Dice dice = history.dice;
            LocalDate until = closed == null ? extract.periodEnd : closed;
            LocalDate seen = extract.daysBefore(until, dice.chance(0.85) ? dice.between(0, 25) : dice.between(26, 90),
                    start);
            extract.rows.add(CHILDREN_IN_NEED).child(history.child, extract.periodEnd)
                    .set(Field.CIN_START_DATE, start)
                    .set(Field.PRIMARY_NEED_CODE, need)
                    .set(Field.DATE_LAST_SEEN, seen)
                    .set(Field.CIN_CLOSURE_DATE, closed)
                    .set(Field.CIN_CLOSURE_REASON, reason)
                    .set(Field.CASE_STATUS, status)
                    .team(allocation);
        }
    }

    /** One child's referrals, enquiries and plans, for the "in the last 12 months" counts. */
    private final class ChildHistory {
        final SyntheticChild child;
        final Dice dice;
        final List<Referral> referrals = new ArrayList<>();
        final List<LocalDate> s47Dates = new ArrayList<>();
        final List<LocalDate> icpcDates = new ArrayList<>();
        int previousPlans = -1;

        ChildHistory(SyntheticChild child, Dice dice) {
            this.child = child;
            this.dice = dice;
            if (dice.chance(0.12)) {
                s47Dates.add(dice.dateBetween(extract.periodEnd.minusMonths(18), extract.windowStart));
                if (dice.chance(0.4)) {
                    icpcDates.add(dice.dateBetween(extract.periodEnd.minusMonths(18), extract.windowStart));
                }
            }
        }

        Referral refer(LocalDate date, String source) {
            Referral referral = new Referral(date, source);
            referrals.add(referral);
            return referral;
        }

        /**
         * Adds the earlier referrals some children have (before the window, so on List 3 only), then
         * writes every referral with its count of referrals in the 12 months up to and including it.
         */
        void writeReferrals() {
            if (referrals.isEmpty()) {
                return;
            }
            LocalDate first = referrals.get(0).date;
            LocalDate lookBack = extract.periodEnd.minusMonths(18);
            if (lookBack.isBefore(child.dob())) {
                lookBack = child.dob();
            }
            List<Referral> all = new ArrayList<>();
            if (dice.chance(OLD_REFERRAL_RATE)) {
                LocalDate last = first.minusMonths(12).minusDays(1);
                if (!last.isBefore(lookBack)) {
                    all.add(earlier(dice.dateBetween(lookBack, last)));
                }
            }
            if (dice.chance(EARLIER_REFERRAL_RATE)) {
                LocalDate from = first.minusMonths(12);
                from = from.isBefore(lookBack) ? lookBack : from;
                if (from.isBefore(extract.windowStart)) {
                    all.add(earlier(dice.dateBetween(from, extract.windowStart)));
                }
            }
            all.addAll(referrals);
            List<LocalDate> dates = new ArrayList<>();
            for (Referral r : all) {
                dates.add(r.date);
            }
            for (Referral r : all) {
                Staff.Allocation allocation = extract.staff.allocate(Function.FRONT_DOOR, dice);
                extract.rows.add(REFERRALS).child(child, r.date)
                        .set(Field.DATE_OF_REFERRAL, r.date)
                        .set(Field.REFERRAL_SOURCE, r.source)
                        .set(Field.REFERRAL_NFA, r.nfa)
                        .set(Field.REFERRALS_LAST_12_MONTHS, countWithinYear(dates, r.date))
                        .team(allocation);
            }
        }

        private Referral earlier(LocalDate date) {
            Referral referral = new Referral(date, dice.pick(SOURCE));
            referral.nfa = dice.chance(0.35) ? "Yes" : "No";
            return referral;
        }

        /** Events on or before the day and no more than 12 months before it, the day's own included. */
        int countWithinYear(List<LocalDate> dates, LocalDate day) {
            LocalDate from = day.minusMonths(12);
            int count = 0;
            for (LocalDate d : dates) {
                if (!d.isBefore(from) && !d.isAfter(day)) {
                    count++;
                }
            }
            return count;
        }

        void writePlan(LocalDate start, LocalDate end, LocalDate lookedAfter, boolean emergency) {
            if (previousPlans < 0) {
                previousPlans = dice.chance(PREVIOUS_PLAN_RATE) ? dice.pick(PREVIOUS_PLANS) : 0;
            } else {
                previousPlans++;
            }
            LocalDate until = end == null ? extract.periodEnd : end;
            String initial = dice.pick(ABUSE);
            String latest = dice.chance(0.9) ? initial : dice.pick(ABUSE);
            LocalDate review = latestReview(start, until);
            LocalDate visit = extract.daysBefore(until, dice.chance(0.8) ? dice.between(0, 9) : dice.between(10, 40),
                    start);
            int ageAtEnd = ListRows.AgeValue.at(child.dob(), until).years();
            String seenAlone = ageAtEnd < 3 ? (dice.chance(0.7) ? "Unknown" : "No")
                    : dice.chance(0.02) ? null : dice.pick(SEEN_ALONE);
            boolean epo = emergency || dice.chance(0.03);
            Staff.Allocation allocation = extract.staff.allocate(Function.SAFEGUARDING, dice);
            extract.rows.add(CHILD_PROTECTION).child(child, extract.periodEnd)
                    .set(Field.CP_START_DATE, start)
                    .set(Field.INITIAL_CATEGORY_OF_ABUSE, initial)
                    .set(Field.LATEST_CATEGORY_OF_ABUSE, latest)
                    .set(Field.CP_LAST_STATUTORY_VISIT, visit)
                    .set(Field.CP_SEEN_ALONE, seenAlone)
                    .set(Field.CP_LATEST_REVIEW, review)
                    .set(Field.CP_END_DATE, end)
                    .set(Field.CP_EMERGENCY_PROTECTION, epo ? "Yes" : "No")
                    .set(Field.CP_PREVIOUS_PLANS, previousPlans)
                    .team(allocation);
        }

        /** Reviews: the first within about three months of the conference, then about every six. */
        private LocalDate latestReview(LocalDate start, LocalDate until) {
            LocalDate review = start.plusDays(dice.chance(0.9) ? dice.between(60, 92) : dice.between(93, 125));
            if (review.isAfter(until)) {
                return null;
            }
            while (true) {
                LocalDate next = review.plusDays(dice.chance(0.9) ? dice.between(150, 183) : dice.between(184, 220));
                if (next.isAfter(until)) {
                    return Extract.officeDay(review, start);
                }
                review = next;
            }
        }
    }
}
