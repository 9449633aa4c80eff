package uk.chatbatch.generate;

import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;

import java.time.LocalDate;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.generate.Staff.Function;

/**
 * List 9: young people aged 17 to 21 at T entitled to leaving-care services. About two in five aged
 * 19 to 21 are not in education, employment or training, and most live somewhere judged suitable.
 */
final class CareLeavers {

    static final Weighted<Integer> AGE = Weighted.of(17, 15.0, 18, 24.0, 19, 22.0, 20, 20.0, 21, 19.0);
    static final Weighted<String> IN_TOUCH = Weighted.of("YES", 86.0, "NO", 5.0, "REFU", 4.0, "NREQ", 3.0,
            "RHOM", 1.5, "DIED", 0.5);
    static final Weighted<String> ACCOMMODATION_YOUNGER = Weighted.of("Z", 30.0, "D", 22.0, "E", 8.0, "B", 12.0,
            "C", 4.0, "U", 10.0, "T", 4.0, "K", 2.0, "X", 2.0, "Y", 3.0, "S", 1.0, "R", 1.5, "V", 0.5);
    static final Weighted<String> ACCOMMODATION_OLDER = Weighted.of("U", 34.0, "D", 16.0, "Z", 8.0, "B", 14.0,
            "E", 5.0, "T", 5.0, "K", 5.0, "X", 3.0, "Y", 4.0, "S", 2.0, "R", 2.0, "V", 1.0, "W", 0.5, "G", 0.5);
    static final Weighted<String> ACTIVITY = Weighted.of("F2", 18.0, "P2", 4.0, "F1", 6.0, "P1", 1.0, "F4", 4.0,
            "P4", 1.0, "F5", 18.0, "P5", 8.0, "G4", 8.0, "G5", 24.0, "G6", 8.0);

    private final Extract extract;

    CareLeavers(Extract extract) {
        this.extract = extract;
    }

    void careLeaver(String id, Dice dice) {
        int age = dice.pick(AGE);
        LocalDate dob = Demographics.dobForAge(extract.periodEnd, age, dice);
        boolean uasc = dice.chance(0.12);
        SyntheticChild person = uasc ? Demographics.unaccompanied(id, dob, dice) : Demographics.child(id, dob, dice);
        write(person, uasc, age == 17 ? "Relevant child"
                : dice.chance(0.92) ? "Former relevant child" : "Qualifying care leaver", dice);
    }

    /** A young person who left care on their 18th birthday in the window. */
    void turnedEighteen(SyntheticChild person, Dice dice) {
        write(person, false, "Former relevant child", dice);
    }

    private void write(SyntheticChild person, boolean uasc, String eligibility, Dice dice) {
        LocalDate periodEnd = extract.periodEnd;
        int age = ListRows.AgeValue.at(person.dob(), periodEnd).years();
        String inTouch = dice.pick(IN_TOUCH);
        boolean died = "DIED".equals(inTouch);
        LocalDate contact = switch (inTouch) {
            case "YES" -> periodEnd.minusDays(dice.between(0, 60));
            case "NO", "REFU" -> dice.chance(0.3) ? null : periodEnd.minusDays(dice.between(60, 400));
            case "DIED" -> null;
            default -> periodEnd.minusDays(dice.between(30, 300));
        };
        String accommodation = died || dice.chance(0.03) ? null
                : dice.pick(age <= 18 ? ACCOMMODATION_YOUNGER : ACCOMMODATION_OLDER);
        String suitability = null;
        if (accommodation != null && !"R".equals(accommodation)) {
            boolean risky = "S".equals(accommodation) || "V".equals(accommodation) || "W".equals(accommodation)
                    || "X".equals(accommodation);
            suitability = dice.chance(risky ? 0.15 : 0.92) ? "Suitable" : "Unsuitable";
        }
        String activity = died || dice.chance(0.03) ? null : dice.pick(ACTIVITY);
        LocalDate pathway = dice.chance(0.04) ? null : Extract.officeDay(
                periodEnd.minusDays(dice.chance(0.9) ? dice.between(0, 180) : dice.between(181, 400)), null);
        Staff.Allocation worker = extract.staff.allocate(Function.LEAVING_CARE, dice);
        extract.rows.add(CARE_LEAVERS).child(person, periodEnd)
                .set(Field.CARE_LEAVER_UASC, uasc ? "Yes" : "No")
                .team(worker)
                .set(Field.PERSONAL_ADVISOR, extract.staff.allocate(Function.PERSONAL_ADVISERS, dice).worker())
                .set(Field.ELIGIBILITY_CATEGORY, eligibility)
                .set(Field.PATHWAY_PLAN_REVIEW_DATE, died ? null : pathway)
                .set(Field.LA_IN_TOUCH, inTouch)
                .set(Field.LATEST_CONTACT_DATE, contact)
                .set(Field.ACCOMMODATION_TYPE, accommodation)
                .set(Field.ACCOMMODATION_SUITABILITY, suitability)
                .set(Field.ACTIVITY_STATUS, activity);
    }
}
