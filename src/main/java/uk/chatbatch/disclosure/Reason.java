package uk.chatbatch.disclosure;

/** Why a figure is shown or withheld: every withheld figure has exactly one reason. */
public enum Reason {
    /** Zero, or 5 or more behind it, and nothing else needs it withheld. */
    SHOWN,
    /** It counts 1 to 4 children or records, or is a percentage out of 1 to 4. */
    FEW,
    /** Withheld so that the one group withheld for {@link #FEW} cannot be worked out from the total. */
    COMPLEMENT,
    /** The breakdown has no other group to withhold with its one small group, so all of it is withheld. */
    WHOLE_BREAKDOWN;

    public boolean withheld() {
        return this != SHOWN;
    }
}
