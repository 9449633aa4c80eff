package uk.chatbatch.generate;

import java.time.LocalDate;

/** Who the children are: sex, ethnicity, disability and a date of birth that fits their journey. */
final class Demographics {

    static final Weighted<String> GENDER = Weighted.of(
            "Male", 51.0, "Female", 47.0, "Not stated/recorded", 1.5, "Neither", 0.5);
    static final Weighted<String> ETHNICITY = Weighted.of(
            "WBRI", 68.0, "WIRI", 0.5, "WIRT", 0.3, "WOTH", 5.0, "WROM", 0.7,
            "MWBC", 2.5, "MWBA", 1.0, "MWAS", 1.2, "MOTH", 2.5,
            "AIND", 1.5, "APKN", 3.0, "ABAN", 1.2, "AOTH", 1.5,
            "BCRB", 1.0, "BAFR", 3.0, "BOTH", 1.0, "CHNE", 0.3, "OOTH", 2.5,
            "REFU", 0.8, "NOBT", 2.5);
    /** Unaccompanied asylum-seeking children come mostly from a few regions. */
    static final Weighted<String> UASC_ETHNICITY = Weighted.of(
            "OOTH", 40.0, "AOTH", 25.0, "BAFR", 25.0, "BOTH", 5.0, "NOBT", 5.0);
    static final Weighted<String> DISABILITY = Weighted.of("No", 88.0, "Yes", 8.0, "Unknown", 4.0);
    /** Age at T of children who reach the front door. */
    static final Weighted<int[]> FRONT_DOOR_AGE = Weighted.of(
            new int[] {0, 0}, 7.0, new int[] {1, 4}, 20.0, new int[] {5, 9}, 26.0, new int[] {10, 15}, 35.0,
            new int[] {16, 17}, 12.0);

    private Demographics() {
    }

    /** Numeric LA person IDs, unique and increasing with the child's position, never with a leading zero. */
    static String childId(int index, Dice dice) {
        return Long.toString(1_000_000L + index * 10L + dice.between(0, 9));
    }

    static SyntheticChild child(String id, LocalDate dob, Dice dice) {
        return new SyntheticChild(id, dice.pick(GENDER), dice.pick(ETHNICITY), dob, dice.pick(DISABILITY));
    }

    static SyntheticChild unaccompanied(String id, LocalDate dob, Dice dice) {
        String gender = dice.chance(0.9) ? "Male" : "Female";
        return new SyntheticChild(id, gender, dice.pick(UASC_ETHNICITY), dob, dice.chance(0.97) ? "No" : "Unknown");
    }

    /** A birthday giving the age in whole years at the reference date; babies are born at least six months before it. */
    static LocalDate dobForAge(LocalDate reference, int years, Dice dice) {
        if (years == 0) {
            return reference.minusDays(dice.between(190, 364));
        }
        return reference.minusYears(years).minusDays(dice.between(0, 364));
    }

    static LocalDate dobForAge(LocalDate reference, int[] range, Dice dice) {
        return dobForAge(reference, dice.between(range[0], range[1]), dice);
    }

    /**
     * A birthday before the event, at most maxAgeAtEvent years before it, and late enough that the
     * child is still under 18 at T.
     */
    static LocalDate dobBefore(LocalDate event, int maxAgeAtEvent, LocalDate periodEnd, Dice dice) {
        LocalDate earliest = periodEnd.minusYears(18).plusDays(1);
        LocalDate oldest = event.minusYears(maxAgeAtEvent);
        LocalDate first = oldest.isAfter(earliest) ? oldest : earliest;
        LocalDate last = event.minusDays(1);
        return dice.dateBetween(first, last);
    }
}
