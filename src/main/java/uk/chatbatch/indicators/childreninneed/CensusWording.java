package uk.chatbatch.indicators.childreninneed;

/** Sentences every CIN census definition in this package shares, as compile-time constants for the annotations. */
public final class CensusWording {

    public static final String WINDOW = "six months ending on the period end";

    /** How the window reads in a definition. */
    public static final String IN_WINDOW = "in the six months ending on the period end (after the date six months before"
            + " the period end, up to and including the period end)";

    public static final String YEARS = " When more than one census year is supplied, an episode (identified by LAchildID"
            + " and CINreferralDate) that is in several files is read once, from the latest census year, with"
            + " everything recorded under it there.";

    public static final String WORKING_DAYS = " Working days are Monday to Friday except England and Wales bank holidays,"
            + " counted from the day after the start up to and including the end, so the start day is day 0."
            + " Bank holidays are England and Wales's from 2010 on (GOV.UK); a record with a date outside those"
            + " years is left out and counted in the status message, unless the indicator asks only whether it"
            + " is within a timescale and the answer is certain whatever the holidays then were.";

    private CensusWording() {
    }
}
