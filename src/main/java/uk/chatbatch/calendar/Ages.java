package uk.chatbatch.calendar;

import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in completed years, worked out once (../shared/reference/working-days.md): a child born on 29 February
 * reaches a birthday on 1 March in other years (age 0 on 28 February 2009, 1 on 1 March 2009 for a 2008 birth),
 * as java.time's calendar arithmetic gives it and the usual English legal reading has it.
 */
public final class Ages {

    /** Marks a child not yet born at the date, for the DfE "unborn" age band. */
    public static final int UNBORN = -1;

    private Ages() {
    }

    /** Completed years from the date of birth to the date; {@link #UNBORN} when born after it. */
    public static int completedYears(LocalDate dateOfBirth, LocalDate at) {
        return dateOfBirth.isAfter(at) ? UNBORN : Period.between(dateOfBirth, at).getYears();
    }
}
