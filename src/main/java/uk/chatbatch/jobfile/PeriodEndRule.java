package uk.chatbatch.jobfile;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a scheduled run derives its period end from the date it fires (Europe/London). */
public enum PeriodEndRule {
    /** The default: a run on 2 October reports on the period ending 30 September. */
    LAST_DAY_OF_PREVIOUS_MONTH("last-day-of-previous-month"),
    /** A run on 2 October reports on the period ending 1 October. */
    PREVIOUS_DAY("previous-day"),
    /** A run on 2 October reports on the period ending 30 September; one on 15 August on 30 June. */
    LAST_DAY_OF_PREVIOUS_QUARTER("last-day-of-previous-quarter");

    private final String key;

    PeriodEndRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public LocalDate periodEndFor(LocalDate firingDate) {
        switch (this) {
            case PREVIOUS_DAY:
                return firingDate.minusDays(1);
            case LAST_DAY_OF_PREVIOUS_QUARTER:
                int firstMonthOfQuarter = ((firingDate.getMonthValue() - 1) / 3) * 3 + 1;
                return firingDate.withMonth(firstMonthOfQuarter).withDayOfMonth(1).minusDays(1);
            default:
                return firingDate.with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
        }
    }

    public static PeriodEndRule parse(String key, String where) {
        for (PeriodEndRule rule : values()) {
            if (rule.key.equals(key.toLowerCase(Locale.ROOT).strip())) {
                return rule;
            }
        }
        throw new JobFileException(where + ": period end rule '" + key + "' is not one of "
                + Arrays.stream(values()).map(PeriodEndRule::key).collect(Collectors.joining(", ")) + ".");
    }
}
