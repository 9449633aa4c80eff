package uk.chatbatch.generate;

import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;

import java.time.LocalDate;
import uk.chatbatch.annexa.Field;

/**
 * List 11: prospective adopters in contact with the adoption agency in the 12 months to T, one row
 * per adopter, couples sharing a family identifier. Stage 1 is meant to take two months and stage 2
 * four; most households manage, some do not, and some leave the process. Households matched with a
 * List 10 child carry that child's matching, placement and order dates and family identifier.
 */
final class Adopters {

    static final Weighted<String[]> COUPLE = Weighted.of(new String[] {"Male", "Female"}, 80.0,
            new String[] {"Female", "Female"}, 10.0, new String[] {"Male", "Male"}, 10.0);
    static final Weighted<Integer> CHILDREN_PLACED = Weighted.of(1, 75.0, 2, 22.0, 3, 3.0);
    static final Weighted<String> LEAVING_REASON = Weighted.of("1", 60.0, "2", 25.0, "3", 15.0);

    private final Extract extract;
    private int adopters;
    private int families;

    Adopters(Extract extract) {
        this.extract = extract;
    }

    /** A household recruited in the last year and a half, at whatever stage it has reached by T. */
    void household(Dice dice) {
        Timeline t = new Timeline();
        t.enquiry = Extract.officeDay(extract.periodEnd.minusDays(dice.between(0, 540)), null);
        t.stage1Start = dice.chance(0.85) ? after(t.enquiry, dice.between(7, 60)) : null;
        t.stage1End = after(t.stage1Start, dice.chance(0.72) ? dice.between(30, 61) : dice.between(62, 110));
        t.stage2Start = dice.chance(0.88) ? after(t.stage1End, dice.between(0, 40)) : null;
        t.application = after(t.stage2Start, dice.between(0, 14));
        t.stage2End = after(t.stage2Start, dice.chance(0.65) ? dice.between(80, 122) : dice.between(123, 200));
        t.approved = after(t.stage2End, dice.between(0, 30));
        t.matched = dice.chance(0.8) ? after(t.approved, dice.between(20, 300)) : null;
        t.placed = after(t.matched, dice.between(7, 35));
        t.order = after(t.placed, dice.between(100, 300));
        if (t.matched == null && dice.chance(0.15)) {
            LocalDate lastStep = t.approved != null ? t.approved : t.stage2Start != null ? t.stage2Start
                    : t.stage1Start != null ? t.stage1Start : t.enquiry;
            t.left = after(lastStep, dice.between(10, 120));
            if (t.left != null) {
                t.leftReason = dice.pick(LEAVING_REASON);
            }
        }
        t.childrenPlaced = t.placed == null ? null : dice.pick(CHILDREN_PLACED);
        if (t.touchesYear()) {
            write(t, dice.chance(0.1), dice);
        }
    }

    /** The household matched with a List 10 child; returns its family identifier. */
    String matchedFamily(LocalDate matched, LocalDate placed, LocalDate order, boolean fosteringForAdoption, Dice dice) {
        Timeline t = new Timeline();
        t.matched = matched;
        t.placed = placed;
        t.order = order;
        t.approved = Extract.officeDay(matched.minusDays(dice.between(20, 200)), null);
        t.stage2End = Extract.officeDay(t.approved.minusDays(dice.between(0, 30)), null);
        t.stage2Start = Extract.officeDay(
                t.stage2End.minusDays(dice.chance(0.65) ? dice.between(80, 122) : dice.between(123, 200)), null);
        t.application = Extract.officeDay(t.stage2Start.plusDays(dice.between(0, 14)), t.stage2Start);
        t.stage1End = Extract.officeDay(t.stage2Start.minusDays(dice.between(0, 40)), null);
        t.stage1Start = Extract.officeDay(
                t.stage1End.minusDays(dice.chance(0.72) ? dice.between(30, 61) : dice.between(62, 110)), null);
        t.enquiry = Extract.officeDay(t.stage1Start.minusDays(dice.between(7, 60)), null);
        t.childrenPlaced = placed == null ? null : 1;
        String family = nextFamily();
        if (t.touchesYear()) {
            write(t, family, fosteringForAdoption, dice);
        }
        return family;
    }

    private void write(Timeline t, boolean fosteringForAdoption, Dice dice) {
        write(t, nextFamily(), fosteringForAdoption, dice);
    }

    private void write(Timeline t, String family, boolean fosteringForAdoption, Dice dice) {
        String[] genders = dice.chance(0.65) ? dice.pick(COUPLE)
                : new String[] {dice.chance(0.8) ? "Female" : "Male"};
        for (String gender : genders) {
            adopters++;
            extract.rows.add(ADOPTERS)
                    .set(Field.ADOPTER_ID, String.format("ADP%05d", adopters))
                    .set(Field.FAMILY_ID, family)
                    .set(Field.GENDER, gender)
                    .set(Field.ETHNICITY, dice.pick(Demographics.ETHNICITY))
                    .set(Field.ADOPTER_DISABILITY, dice.chance(0.03) ? "Yes" : "No")
                    .set(Field.ADOPTER_FOSTERING_FOR_ADOPTION, fosteringForAdoption ? "Yes" : "No")
                    .set(Field.ENQUIRY_DATE, t.enquiry)
                    .set(Field.STAGE1_START_DATE, t.stage1Start)
                    .set(Field.STAGE1_END_DATE, t.stage1End)
                    .set(Field.STAGE2_START_DATE, t.stage2Start)
                    .set(Field.STAGE2_END_DATE, t.stage2End)
                    .set(Field.APPLICATION_DATE, t.application)
                    .set(Field.APPLICATION_APPROVED_DATE, t.approved)
                    .set(Field.ADOPTER_MATCHED_DATE, t.matched)
                    .set(Field.ADOPTER_PLACED_DATE, t.placed)
                    .set(Field.CHILDREN_PLACED, t.childrenPlaced)
                    .set(Field.ADOPTER_ADOPTION_ORDER_DATE, t.order)
                    .set(Field.ADOPTER_LEFT_DATE, t.left)
                    .set(Field.ADOPTER_LEFT_REASON, t.leftReason);
        }
    }

    private String nextFamily() {
        families++;
        return String.format("FAM%05d", families);
    }

    /** The day some days after a step, or null when the step did not happen or the day is after T. */
    private LocalDate after(LocalDate step, int days) {
        return step == null ? null : Extract.officeDay(extract.byEnd(step.plusDays(days)), step);
    }

    private final class Timeline {
        LocalDate enquiry;
        LocalDate stage1Start;
        LocalDate stage1End;
        LocalDate stage2Start;
        LocalDate stage2End;
        LocalDate application;
        LocalDate approved;
        LocalDate matched;
        LocalDate placed;
        LocalDate order;
        LocalDate left;
        String leftReason;
        Integer childrenPlaced;

        /** In contact with the agency in the last 12 months: some step fell in them, or still in the process. */
        boolean touchesYear() {
            for (LocalDate day : new LocalDate[] {enquiry, stage1Start, stage1End, stage2Start, stage2End, application,
                    approved, matched, placed, order, left}) {
                if (extract.inYear(day)) {
                    return true;
                }
            }
            return left == null && order == null && approved != null;
        }
    }
}
