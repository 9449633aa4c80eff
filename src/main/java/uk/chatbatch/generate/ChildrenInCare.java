package uk.chatbatch.generate;

import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.generate.Staff.Function;

/**
 * Lists 8 and 10, and the List 6 rows of children in care who did not come through the front door in
 * the window.
 *
 * <p>List 8 holds children looked after at T and those who ceased in the window. Most placements are
 * stable (one placement in the last 12 months); about one child in ten has had three or more.
 * Adoption (List 10) is for young children in care: entry, decision that the child should be placed,
 * placement order, matching, placement and adoption order follow each other in that order, and a few
 * decisions are reversed.
 */
final class ChildrenInCare {

    enum Route {
        /** From a child protection plan, usually under an interim care order or section 20. */
        FROM_PLAN,
        /** Police protection or an emergency protection order during a plan. */
        EMERGENCY,
        /** Straight from an assessment. */
        FROM_ASSESSMENT,
        /** An unaccompanied asylum-seeking child, accommodated under section 20. */
        UNACCOMPANIED
    }

    /** How a period of care ended. */
    record Ceased(LocalDate date, String reason) {
    }

    static final Weighted<String> LEGAL_FROM_PLAN = Weighted.of("C1", 55.0, "V2", 40.0, "J1", 1.0, "L3", 0.5);
    static final Weighted<String> LEGAL_EMERGENCY = Weighted.of("L1", 60.0, "L2", 40.0);
    static final Weighted<String> LEGAL_FROM_ASSESSMENT = Weighted.of("V2", 55.0, "C1", 30.0, "L1", 10.0, "J1", 5.0);
    static final Weighted<String> LEGAL_LONG_STAY = Weighted.of("C2", 62.0, "C1", 12.0, "V2", 24.0, "J1", 1.0,
            "V3", 0.5, "J3", 0.5);
    static final Weighted<String> NEED = Weighted.of(
            "N1", 64.0, "N2", 4.0, "N3", 3.0, "N4", 6.0, "N5", 13.0, "N6", 1.5, "N7", 0.3, "N8", 7.0, "N9", 0.5,
            "N0", 0.7);
    static final Weighted<Integer> PLACEMENTS_NEW = Weighted.of(1, 70.0, 2, 19.0, 3, 7.0, 4, 4.0);
    static final Weighted<Integer> PLACEMENTS_LONG = Weighted.of(1, 74.0, 2, 14.0, 3, 7.0, 4, 3.0, 5, 2.0);
    static final Weighted<String> CEASED_SHORT_STAY = Weighted.of("E4A", 45.0, "E4B", 10.0, "E13", 15.0,
            "E41", 5.0, "E8", 15.0, "E3", 5.0, "E16", 1.0, "E15", 1.0, "E14", 3.0);
    static final Weighted<String> CEASED_LONG_STAY = Weighted.of("E4A", 28.0, "E4B", 5.0, "E13", 7.0, "E41", 6.0,
            "E45", 8.0, "E46", 3.0, "E47", 8.0, "E48", 2.0, "E5", 6.0, "E6", 1.0, "E8", 9.0, "E3", 3.0, "E9", 1.0,
            "E7", 0.5, "E2", 0.2);
    static final Weighted<String> CEASED_AT_EIGHTEEN = Weighted.of("E17", 30.0, "E5", 40.0, "E8", 20.0, "E6", 10.0);
    static final Weighted<String> PERMANENCE = Weighted.of(
            "Long-term fostering", 36.0, "Return to family", 20.0, "SGO/CAO", 13.0,
            "Long-term residential placement", 8.0, "Supported living in the community", 7.0, "Other", 4.0);
    static final Weighted<String> PERMANENCE_AFTER_REVERSAL = Weighted.of(
            "SGO/CAO", 40.0, "Long-term fostering", 45.0, "Return to family", 15.0);
    static final Weighted<String> FOSTER_YOUNG = Weighted.of("U6", 45.0, "U4", 20.0, "U3", 14.0, "U1", 8.0,
            "P1", 8.0, "R3", 2.0, "U5", 1.0, "U2", 1.0, "Z1", 1.0);
    static final Weighted<String> PLACEMENT_OLDER = Weighted.of("U6", 30.0, "U4", 18.0, "U3", 7.0, "U1", 6.0,
            "K2", 20.0, "P1", 5.0, "S1", 2.0, "R1", 1.0, "R2", 0.5, "K1", 0.5, "Z1", 1.0, "R5", 0.5);
    static final Weighted<String> PLACEMENT_SIXTEEN_PLUS = Weighted.of("U6", 26.0, "U4", 14.0, "U3", 5.0,
            "K2", 18.0, "H5", 10.0, "K3", 12.0, "P2", 4.0, "P1", 4.0, "Z1", 2.0, "R5", 1.0, "P3", 0.5);
    static final Weighted<String> FOSTER_PROVIDER = Weighted.of("PR1", 60.0, "PR4", 35.0, "PR2", 5.0);
    static final Weighted<String> HOME_PROVIDER = Weighted.of("PR4", 75.0, "PR1", 15.0, "PR5", 10.0);
    static final Weighted<String> SUPPORTED_PROVIDER = Weighted.of("PR4", 65.0, "PR5", 25.0, "PR1", 10.0);
    static final Weighted<String> REVERSAL_REASON = Weighted.of("RD1", 30.0, "RD2", 25.0, "RD3", 30.0, "RD4", 15.0);
    static final Weighted<String> RETURN_INTERVIEW = Weighted.of("Yes", 75.0, "No", 20.0, "Unknown", 5.0);
    static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Extract extract;
    private final Adopters adopters;
    private final CareLeavers careLeavers;

    ChildrenInCare(Extract extract, Adopters adopters, CareLeavers careLeavers) {
        this.extract = extract;
        this.adopters = adopters;
        this.careLeavers = careLeavers;
    }

    /** A child who starts to be looked after in the window; the List 6 row is the caller's. */
    Ceased enterFromFrontDoor(SyntheticChild child, LocalDate start, Route route, Dice dice) {
        Episode episode = new Episode(child, start);
        episode.uasc = route == Route.UNACCOMPANIED;
        episode.legal = switch (route) {
            case FROM_PLAN -> dice.pick(LEGAL_FROM_PLAN);
            case EMERGENCY -> dice.pick(LEGAL_EMERGENCY);
            case FROM_ASSESSMENT -> dice.pick(LEGAL_FROM_ASSESSMENT);
            case UNACCOMPANIED -> "V2";
        };
        episode.legalStart = start;
        if (("L1".equals(episode.legal) || "L2".equals(episode.legal) || "V2".equals(episode.legal) && !episode.uasc)
                && dice.chance(0.45)) {
            LocalDate order = Extract.officeDay(extract.byEnd(start.plusDays(dice.between(2, 60))), start);
            if (order != null) {
                episode.legal = "C1";
                episode.legalStart = order;
            }
        }
        episode.need = episode.uasc ? "N8" : dice.pick(NEED);
        episode.subsequent = dice.chance(0.06);
        if (!episode.uasc && dice.chance(0.18)) {
            episode.ceased = extract.byEnd(start.plusDays(dice.between(14, 160)));
            if (episode.ceased != null) {
                episode.reasonCeased = dice.pick(CEASED_SHORT_STAY);
            }
        }
        episode.placements = dice.pick(PLACEMENTS_NEW);
        LocalDate until = episode.until(extract.periodEnd);
        episode.placementStart = episode.placements == 1 ? start
                : dice.dateBetween(start.plusDays(1), until.isAfter(start) ? until : start.plusDays(1));
        if (episode.placementStart.isAfter(until)) {
            episode.placementStart = start;
            episode.placements = 1;
        }
        episode.permanence = dice.chance(0.5) ? null : dice.pick(PERMANENCE);
        write(episode, dice);
        return episode.ceased == null ? null : new Ceased(episode.ceased, episode.reasonCeased);
    }

    /**
     * A child looked after since before the window: open at T or ceased in it. A few turn 18 in the
     * window, cease on their birthday and join the care leavers.
     */
    void lookedAfterBeforeWindow(String id, Dice dice) {
        LocalDate periodEnd = extract.periodEnd;
        LocalDate firstDay = extract.firstDayOfWindow();
        SyntheticChild child;
        LocalDate start;
        Episode episode;
        if (dice.chance(0.07)) {
            int ageAtStart = dice.between(14, 16);
            start = periodEnd.minusDays(dice.between(183, (17 - ageAtStart) * 365));
            child = Demographics.unaccompanied(id, start.minusYears(ageAtStart).minusDays(dice.between(0, 150)), dice);
            episode = new Episode(child, start);
            episode.uasc = true;
            episode.legal = "V2";
            episode.need = "N8";
        } else if (dice.chance(0.05)) {
            LocalDate eighteenth = extract.dayInWindow(dice);
            LocalDate dob = eighteenth.minusYears(18);
            start = dob.plusYears(dice.between(8, 16)).plusDays(dice.between(0, 300));
            child = Demographics.child(id, dob, dice);
            episode = new Episode(child, start);
            episode.legal = dice.chance(0.7) ? "C2" : "V2";
            episode.need = dice.pick(NEED);
            episode.ceased = eighteenth;
            episode.reasonCeased = dice.pick(CEASED_AT_EIGHTEEN);
            careLeavers.turnedEighteen(child, dice);
        } else {
            start = periodEnd.minusDays(dice.between(183, 6 * 365));
            child = Demographics.child(id, Demographics.dobBefore(start, 16, periodEnd, dice), dice);
            episode = new Episode(child, start);
            episode.legal = dice.pick(LEGAL_LONG_STAY);
            episode.need = dice.pick(NEED);
            if (dice.chance(0.13)) {
                episode.ceased = dice.dateBetween(firstDay, periodEnd);
                episode.reasonCeased = dice.pick(CEASED_LONG_STAY);
            }
        }
        episode.legalStart = "C2".equals(episode.legal)
                ? Extract.officeDay(recentEnough(min(start.plusDays(dice.between(150, 450)), extract.windowStart), dice),
                        start)
                : recentEnough(start, dice);
        episode.placements = dice.pick(PLACEMENTS_LONG);
        LocalDate until = episode.until(periodEnd);
        if (episode.placements == 1) {
            episode.placementStart = start.isAfter(extract.yearStart) ? start
                    : recentEnough(dice.dateBetween(start, extract.yearStart), dice);
        } else {
            LocalDate from = max(start.plusDays(1), extract.yearStart.plusDays(1));
            episode.placementStart = dice.dateBetween(from, until.minusDays(7).isAfter(from) ? until.minusDays(7) : from);
        }
        episode.permanence = "V2".equals(episode.legal) && !episode.uasc && dice.chance(0.5) ? "Return to family"
                : dice.chance(0.06) ? null : dice.pick(PERMANENCE);
        write(episode, dice);
        writeChildInNeed(episode, dice);
    }

    /**
     * A young child with a plan for adoption. Returns without List 10 when the decision that the child
     * should be placed has not been made by T, or everything concluded more than 12 months ago.
     */
    void adoption(String id, Dice dice) {
        LocalDate periodEnd = extract.periodEnd;
        LocalDate entered = periodEnd.minusDays(dice.between(150, 720));
        SyntheticChild child = Demographics.child(id, entered.minusDays(dice.between(1, 3 * 365)), dice);
        LocalDate decision = office(extract.byEnd(entered.plusDays(dice.between(60, 250))));
        LocalDate fostering = dice.chance(0.12) ? extract.byEnd(entered.plusDays(dice.between(3, 40))) : null;
        LocalDate placementOrder = null;
        LocalDate matched = null;
        LocalDate placed = null;
        LocalDate order = null;
        LocalDate reversed = null;
        String reversalReason = null;
        if (decision != null) {
            placementOrder = dice.chance(0.92) ? office(extract.byEnd(decision.plusDays(dice.between(20, 120)))) : null;
            matched = placementOrder == null ? null
                    : office(extract.byEnd(placementOrder.plusDays(dice.between(20, 300))));
            placed = matched == null ? null : extract.byEnd(matched.plusDays(dice.between(7, 35)));
            order = placed == null ? null : office(extract.byEnd(placed.plusDays(dice.between(100, 300))));
            if (order == null && (placementOrder == null || dice.chance(0.06))) {
                reversed = office(extract.byEnd(decision.plusDays(dice.between(60, 300))));
                if (reversed != null) {
                    reversalReason = placementOrder == null ? "RD2" : dice.pick(REVERSAL_REASON);
                    matched = before(matched, reversed);
                    placed = before(placed, reversed);
                    placementOrder = before(placementOrder, reversed);
                }
            }
        }

        Episode episode = new Episode(child, entered);
        episode.need = dice.chance(0.85) ? "N1" : dice.pick(NEED);
        if (order != null) {
            episode.ceased = order;
            episode.reasonCeased = dice.chance(0.55) ? "E11" : "E12";
        }
        if (placementOrder != null) {
            episode.legal = "E1";
            episode.legalStart = placementOrder;
        } else {
            LocalDate fullOrder = office(extract.byEnd(entered.plusDays(dice.between(150, 320))));
            episode.legal = fullOrder == null ? "C1" : "C2";
            episode.legalStart = fullOrder == null ? entered : fullOrder;
        }
        LocalDate fosterStart = fostering != null ? fostering : entered.plusDays(dice.between(0, 20));
        if (placed != null) {
            episode.placementType = fostering != null ? "A5" : "A6";
            episode.placementStart = placed;
            // The foster placement before it was open during the 12 months if the move was within them.
            episode.placements = placed.isAfter(extract.yearStart) ? 2 : 1;
        } else {
            episode.placementType = fostering != null ? (dice.chance(0.3) ? "U2" : "U5") : dice.pick(FOSTER_YOUNG);
            episode.placementStart = extract.byEnd(fosterStart) == null ? entered : fosterStart;
            episode.placements = entered.isAfter(extract.yearStart) && !episode.placementStart.equals(entered) ? 2 : 1;
        }
        episode.permanence = reversed != null ? dice.pick(PERMANENCE_AFTER_REVERSAL) : "Adoption";
        if (episode.ceased == null || episode.ceased.isAfter(extract.windowStart)) {
            write(episode, dice);
            writeChildInNeed(episode, dice);
        }

        boolean current = decision != null && order == null && reversed == null;
        if (decision == null || !(current || extract.inYear(order) || extract.inYear(reversed))) {
            return;
        }
        String family = null;
        if (matched != null) {
            family = adopters.matchedFamily(matched, placed, order, fostering != null, dice);
        }
        extract.rows.add(ADOPTION).child(child, periodEnd)
                .set(Field.FAMILY_ID, family)
                .set(Field.ENTERED_CARE_DATE, entered)
                .set(Field.SHOULD_BE_PLACED_DECISION_DATE, decision)
                .set(Field.PLACEMENT_ORDER_DATE, placementOrder)
                .set(Field.MATCHING_DATE, matched)
                .set(Field.PLACED_FOR_ADOPTION_DATE, placed)
                .set(Field.ADOPTION_ORDER_DATE, order)
                .set(Field.NO_LONGER_PLACED_DECISION_DATE, reversed)
                .set(Field.NO_LONGER_PLACED_REASON, reversalReason)
                .set(Field.FFA_PLACEMENT_DATE, fostering);
    }

    /** The CIN closure reason that goes with a reason for ceasing care. */
    static String closureReason(String reasonCeased) {
        return switch (reasonCeased) {
            case "E11", "E12" -> "RC1";
            case "E2" -> "RC2";
            case "E41" -> "RC3";
            case "E45", "E46", "E47", "E48" -> "RC4";
            case "E3" -> "RC5";
            case "E7" -> "RC6";
            default -> "RC7";
        };
    }

    private void writeChildInNeed(Episode episode, Dice dice) {
        LocalDate until = episode.until(extract.periodEnd);
        extract.rows.add(CHILDREN_IN_NEED).child(episode.child, extract.periodEnd)
                .set(Field.CIN_START_DATE, episode.start)
                .set(Field.PRIMARY_NEED_CODE, episode.need)
                .set(Field.DATE_LAST_SEEN, extract.daysBefore(until, dice.between(0, 40), episode.start))
                .set(Field.CIN_CLOSURE_DATE, episode.ceased)
                .set(Field.CIN_CLOSURE_REASON, episode.ceased == null ? null : closureReason(episode.reasonCeased))
                .set(Field.CASE_STATUS, episode.ceased == null ? "Looked after child" : "Closed episode")
                .team(extract.staff.allocate(Function.CHILDREN_IN_CARE, dice));
    }

    private void write(Episode e, Dice dice) {
        LocalDate until = e.until(extract.periodEnd);
        long daysInCare = ChronoUnit.DAYS.between(e.start, until);
        int age = ListRows.AgeValue.at(e.child.dob(), e.placementStart).years();
        String type = e.placementType != null ? e.placementType
                : age >= 16 ? dice.pick(PLACEMENT_SIXTEEN_PLUS)
                : age >= 11 ? dice.pick(PLACEMENT_OLDER) : dice.pick(FOSTER_YOUNG);
        String provider = provider(type, dice);
        boolean inside = "P1".equals(type) ? dice.chance(0.9) : dice.chance(0.62);
        String laOfPlacement = inside ? extract.options.laName()
                : dice.chance(0.95) ? "Other Town " + dice.between(1, 6) : dice.oneOf(java.util.List.of("WAL", "CON"));
        String urn = type.startsWith("K") || "R1".equals(type) ? "SC" + dice.between(100000, 999999) : null;
        int ageAtEnd = ListRows.AgeValue.at(e.child.dob(), until).years();
        int missing = 0;
        int absent = 0;
        if (ageAtEnd >= 11 && dice.chance(0.18) || dice.chance(0.02)) {
            missing = dice.chance(0.6) ? dice.between(1, 3) : dice.between(4, 15);
        }
        if (dice.chance(0.09)) {
            absent = dice.between(1, 6);
        }
        String offered = missing > 0 ? dice.pick(RETURN_INTERVIEW) : null;
        String accepted = "Yes".equals(offered) ? (dice.chance(0.55) ? "Yes" : "No") : null;

        LocalDate review = null;
        if (daysInCare >= 28 || dice.chance(0.4)) {
            LocalDate firstReview = e.start.plusDays(dice.between(14, 28));
            review = daysInCare < 120 ? (firstReview.isAfter(until) ? null : firstReview)
                    : extract.daysBefore(until, dice.chance(0.88) ? dice.between(0, 170) : dice.between(185, 260),
                            firstReview);
            review = Extract.officeDay(review, e.start);
        }
        LocalDate health = daysInCare < 20 ? null : Extract.officeDay(extract.daysBefore(until,
                dice.chance(0.88) ? dice.between(0, 330) : dice.between(366, 520), e.start), e.start);
        LocalDate dental = daysInCare < 30 || dice.chance(0.06) ? null : Extract.officeDay(extract.daysBefore(until,
                dice.chance(0.8) ? dice.between(0, 350) : dice.between(366, 600), e.start), e.start);
        Function team = "Yes".equals(e.child.disability()) && dice.chance(0.5) ? Function.DISABLED_CHILDREN
                : Function.CHILDREN_IN_CARE;

        extract.rows.add(CHILDREN_IN_CARE).child(e.child, extract.periodEnd)
                .set(Field.CLA_UASC, e.uasc ? "Yes" : "No")
                .set(Field.CLA_START_DATE, e.start)
                .set(Field.CLA_CATEGORY_OF_NEED, e.need)
                .set(Field.CLA_SUBSEQUENT_PERIOD, e.subsequent ? "Yes" : "No")
                .set(Field.LEGAL_STATUS_START_DATE, e.legalStart)
                .set(Field.LEGAL_STATUS, e.legal)
                .set(Field.CLA_LATEST_REVIEW, review)
                .set(Field.CLA_LAST_SW_VISIT, extract.daysBefore(until,
                        dice.chance(0.85) ? dice.between(0, 40) : dice.between(43, 100), e.start))
                .set(Field.PERMANENCE_PLAN, e.permanence)
                .set(Field.CLA_LAST_IRO_CONTACT, dice.chance(0.05) ? null
                        : extract.daysBefore(until, dice.between(0, 170), e.start))
                .set(Field.CLA_LAST_HEALTH_ASSESSMENT, health)
                .set(Field.CLA_LAST_DENTAL_CHECK, dental)
                .set(Field.CLA_PLACEMENTS_LAST_12_MONTHS, e.placements)
                .set(Field.CLA_CEASED_DATE, e.ceased)
                .set(Field.CLA_REASON_CEASED, e.reasonCeased)
                .set(Field.PLACEMENT_START_DATE, e.placementStart)
                .set(Field.PLACEMENT_TYPE, type)
                .set(Field.PLACEMENT_PROVIDER, provider)
                .set(Field.PLACEMENT_POSTCODE, postcode(inside, dice))
                .set(Field.PLACEMENT_URN, urn)
                .set(Field.PLACEMENT_LOCATION, inside ? "In" : "Out")
                .set(Field.PLACEMENT_LA, laOfPlacement)
                .set(Field.CLA_MISSING_EPISODES, missing)
                .set(Field.CLA_ABSENT_EPISODES, absent)
                .set(Field.RETURN_INTERVIEW_OFFERED, offered)
                .set(Field.RETURN_INTERVIEW_ACCEPTED, accepted)
                .team(extract.staff.allocate(team, dice));
    }

    private static String provider(String type, Dice dice) {
        return switch (type.charAt(0)) {
            case 'U' -> dice.pick(FOSTER_PROVIDER);
            case 'A' -> dice.chance(0.6) ? "PR1" : "PR5";
            case 'P' -> "P1".equals(type) ? "PR0" : dice.pick(SUPPORTED_PROVIDER);
            case 'K' -> "K1".equals(type) ? "PR3" : "K2".equals(type) ? dice.pick(HOME_PROVIDER)
                    : dice.pick(SUPPORTED_PROVIDER);
            case 'H' -> dice.pick(SUPPORTED_PROVIDER);
            case 'R' -> "R1".equals(type) ? dice.pick(HOME_PROVIDER) : "PR3";
            case 'S' -> dice.chance(0.6) ? "PR4" : "PR3";
            default -> "PR4";
        };
    }

    /** Invented but well-formed postcodes: HT for the LA's own area, OT for elsewhere (neither is a real area). */
    private static String postcode(boolean inside, Dice dice) {
        return (inside ? "HT" : "OT") + dice.between(1, 19) + " " + dice.between(1, 9)
                + POSTCODE_LETTERS.charAt(dice.between(0, POSTCODE_LETTERS.length() - 1))
                + POSTCODE_LETTERS.charAt(dice.between(0, POSTCODE_LETTERS.length() - 1));
    }

    /**
     * A legal status or placement that began more than four years before T (or before the calendar)
     * is moved to a later start: a change of order or of carer since then. Only the date the child
     * started to be looked after may lie that far back.
     */
    private LocalDate recentEnough(LocalDate day, Dice dice) {
        LocalDate floor = max(Extract.CALENDAR_FIRST, extract.periodEnd.minusYears(4));
        if (!day.isBefore(floor)) {
            return day;
        }
        return dice.dateBetween(floor, extract.yearStart);
    }

    /** Court orders and panel decisions fall on weekdays; moving one back never passes an earlier step. */
    private static LocalDate office(LocalDate day) {
        return Extract.officeDay(day, null);
    }

    private static LocalDate before(LocalDate day, LocalDate limit) {
        return day == null || !day.isBefore(limit) ? null : day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One period of care as List 8 describes it. */
    private static final class Episode {
        final SyntheticChild child;
        final LocalDate start;
        boolean uasc;
        boolean subsequent;
        String legal;
        LocalDate legalStart;
        String need;
        LocalDate ceased;
        String reasonCeased;
        int placements = 1;
        LocalDate placementStart;
        String placementType;
        String permanence;

        Episode(SyntheticChild child, LocalDate start) {
            this.child = child;
            this.start = start;
        }

        LocalDate until(LocalDate periodEnd) {
            return ceased == null ? periodEnd : ceased;
        }
    }
}
