package uk.chatbatch.generate;

/**
 * The synthetic LA: every child's journey, run in order, collected as typed rows per list.
 *
 * <p>Each child is given one journey at random (most come through the front door in the window; the
 * rest are already in care, leaving care, on a plan or a child-in-need episode that began earlier,
 * in early help only, or on the way to adoption) and its own random stream, so the same seed gives
 * the same LA.
 */
final class SyntheticLa {

    enum Journey {
        FRONT_DOOR, UNACCOMPANIED_ARRIVAL, LOOKED_AFTER, CARE_LEAVER, PROTECTION_PLAN, CHILD_IN_NEED, EARLY_HELP_ONLY,
        ADOPTION
    }

    static final Weighted<Journey> JOURNEYS = Weighted.of(
            Journey.FRONT_DOOR, 76.0, Journey.UNACCOMPANIED_ARRIVAL, 0.6, Journey.LOOKED_AFTER, 7.0,
            Journey.CARE_LEAVER, 4.5, Journey.PROTECTION_PLAN, 3.0, Journey.CHILD_IN_NEED, 5.0,
            Journey.EARLY_HELP_ONLY, 2.7, Journey.ADOPTION, 1.2);

    /** Independent random streams, so adding a stream never shifts another. */
    private static final long CHILDREN = 1;
    private static final long ADOPTER_HOUSEHOLDS = 2;

    private SyntheticLa() {
    }

    static ListRows build(GeneratorOptions options) {
        Extract extract = new Extract(options);
        Adopters adopters = new Adopters(extract);
        CareLeavers careLeavers = new CareLeavers(extract);
        ChildrenInCare care = new ChildrenInCare(extract, adopters, careLeavers);
        FrontDoor frontDoor = new FrontDoor(extract, care);

        for (int i = 0; i < options.children(); i++) {
            Dice dice = Dice.forMember(options.seed(), CHILDREN, i);
            Journey journey = dice.pick(JOURNEYS);
            String id = Demographics.childId(i, dice);
            switch (journey) {
                case FRONT_DOOR -> frontDoor.contacts(Demographics.child(id,
                        Demographics.dobForAge(options.periodEnd(), dice.pick(Demographics.FRONT_DOOR_AGE), dice), dice),
                        dice);
                case UNACCOMPANIED_ARRIVAL -> frontDoor.unaccompaniedArrival(Demographics.unaccompanied(id,
                        Demographics.dobForAge(options.periodEnd(), dice.between(15, 17), dice), dice), dice);
                case LOOKED_AFTER -> care.lookedAfterBeforeWindow(id, dice);
                case CARE_LEAVER -> careLeavers.careLeaver(id, dice);
                case PROTECTION_PLAN -> frontDoor.planOpenBeforeWindow(id, dice);
                case CHILD_IN_NEED -> frontDoor.childInNeedOpenBeforeWindow(id, dice);
                case EARLY_HELP_ONLY -> frontDoor.earlyHelp(Demographics.child(id,
                        Demographics.dobForAge(options.periodEnd(), dice.between(0, 15), dice), dice), dice);
                case ADOPTION -> care.adoption(id, dice);
            }
        }
        int households = Math.max(3, Math.round(options.children() * 0.005f));
        for (int h = 0; h < households; h++) {
            adopters.household(Dice.forMember(options.seed(), ADOPTER_HOUSEHOLDS, h));
        }
        extract.rows.sort();
        return extract.rows;
    }
}
