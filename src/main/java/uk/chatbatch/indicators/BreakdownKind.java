package uk.chatbatch.indicators;

/**
 * What a breakdown's groups are, declared beside its name in {@link IndicatorDefinition#breakdowns()}, so the
 * report chooses a chart and decides what the shareable variant may show from data rather than from the name.
 */
public enum BreakdownKind {
    /** Fixed categories (codes, age bands, gender, reasons): a table or bars. */
    GROUPS(false),
    /** Calendar months of the window, as "2026-04": a trend. */
    MONTH(false),
    /** Teams, workers, personal advisers: groups that name staff, so the shareable variant leaves them out. */
    STAFF(true),
    /** Single year of age crossed with gender, "7 / female": a pyramid. */
    AGE_AND_GENDER(false),
    /** Ethnic group or ethnicity: compared with the LA's child population where it is configured. */
    ETHNICITY(false),
    /** Bands of a whole-number measure, whose bounds are the declared {@link BandSet}: a histogram. */
    BANDS(false),
    /** The lower and upper quartiles of a median. */
    QUARTILE(false);

    private final boolean namesStaff;

    BreakdownKind(boolean namesStaff) {
        this.namesStaff = namesStaff;
    }

    /** Whether the groups are named people or the teams they sit in. */
    public boolean namesStaff() {
        return namesStaff;
    }

    /**
     * The kind the catalogue's conventional breakdown names have, for metadata built without the annotation (test
     * fixtures): exact names only, every other name {@link #GROUPS}.
     */
    static BreakdownKind ofConventionalName(String name) {
        return switch (name) {
            case "team", "worker" -> STAFF;
            case "month" -> MONTH;
            case "age and gender" -> AGE_AND_GENDER;
            case "quartile" -> QUARTILE;
            default -> GROUPS;
        };
    }
}
