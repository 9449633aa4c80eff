package uk.chatbatch.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the seed, how many children the synthetic LA has, the period end T the extract is
 * taken at, whether to add the mess real extracts carry, and the LA's name (used for "LA of Placement").
 *
 * <p>T must lie between {@link #EARLIEST_PERIOD_END} and {@link #LATEST_PERIOD_END}: the generator looks
 * back up to three and a half years from T (earlier referrals, long child protection plans, adoption
 * timelines), and every date it computes working days for has to fall inside the bank-holiday calendar
 * (2019 to 2027).
 */
public record GeneratorOptions(long seed, int children, LocalDate periodEnd, boolean mess, String laName) {

    public static final LocalDate EARLIEST_PERIOD_END = LocalDate.of(2022, 7, 1);
    public static final LocalDate LATEST_PERIOD_END = LocalDate.of(2027, 12, 31);
    public static final int MAX_CHILDREN = 1_000_000;
    public static final String DEFAULT_LA_NAME = "Home Town";

    public GeneratorOptions {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(laName, "laName");
        if (children < 1 || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("children must be between 1 and " + MAX_CHILDREN + ", got " + children);
        }
        if (periodEnd.isBefore(EARLIEST_PERIOD_END) || periodEnd.isAfter(LATEST_PERIOD_END)) {
            throw new IllegalArgumentException("period end " + periodEnd + " is outside " + EARLIEST_PERIOD_END + " to "
                    + LATEST_PERIOD_END + ", the range the bank-holiday calendar covers with the generator's look-back");
        }
        if (laName.isBlank()) {
            throw new IllegalArgumentException("laName must not be blank");
        }
    }

    /** A tidy workbook for the default LA name. */
    public static GeneratorOptions clean(long seed, int children, LocalDate periodEnd) {
        return new GeneratorOptions(seed, children, periodEnd, false, DEFAULT_LA_NAME);
    }

    /** A workbook with realistic mess for the default LA name. */
    public static GeneratorOptions messy(long seed, int children, LocalDate periodEnd) {
        return new GeneratorOptions(seed, children, periodEnd, true, DEFAULT_LA_NAME);
    }

    public GeneratorOptions withMess(boolean withMess) {
        return new GeneratorOptions(seed, children, periodEnd, withMess, laName);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(newSeed, children, periodEnd, mess, laName);
    }
}
