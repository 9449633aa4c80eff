package uk.chatbatch.indicators;

/**
 * The population an indicator measures, where it is one of the catalogue's common ones; declared in {@link
 * IndicatorDefinition#population()} and printed in the catalogue, so indicators with the same population can be
 * found and compared across sources (an Annex A indicator and its twin from a return).
 */
public enum PopulationRule {
    /** Records whose date is in the six months ending on the period end (contacts, referrals, enquiries, starts). */
    DATED_IN_WINDOW("dated in the window"),
    /** Episodes, plans or placements open at the end of the period end. */
    OPEN_AT_PERIOD_END("open at the period end"),
    /** Assessments authorised in the six months ending on the period end. */
    AUTHORISED_IN_WINDOW("authorised in the window"),
    /** Any other population, stated in the definition. */
    AS_DEFINED("as the definition states");

    private final String label;

    PopulationRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
