package uk.chatbatch.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of everything a run reads and writes: one LA (its DfE three-digit code) and one period end. Outputs are
 * filed under it ({@code la=<code>/period=<yyyy-mm-dd>}), a run holds a lock on it, and every dataset row carries
 * it as its {@code la_code} and {@code period_end} columns.
 *
 * <p>The code is checked here as well as in the job file because it becomes a path segment: nothing but three
 * digits can reach the file system. Whether the code names an LA in force on the period end is the LA table's
 * question (localauthorities/), asked once when the job is checked.
 */
public record LaPeriod(String laCode, LocalDate periodEnd) {

    /** A DfE LA code: three digits, e.g. 201 for the City of London. */
    public static final Pattern DFE_CODE = Pattern.compile("\\d{3}");
    /** Codes 990 to 999, which no English LA uses, are kept for synthetic LAs (tests, the bundled sample). */
    public static final int FIRST_SYNTHETIC_CODE = 990;
    public static final int LAST_SYNTHETIC_CODE = 999;

    public LaPeriod {
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (!DFE_CODE.matcher(laCode).matches()) {
            throw new IllegalArgumentException("LA code '" + laCode
                    + "' is not a DfE three-digit code such as 201 (or 990 to 999 for a synthetic LA)");
        }
    }

    /** The same LA at another period end (an earlier period, for trends). */
    public LaPeriod withPeriodEnd(LocalDate otherPeriodEnd) {
        return new LaPeriod(laCode, otherPeriodEnd);
    }

    /** Whether a code is a DfE code in the range kept for synthetic LAs (990 to 999). */
    public static boolean isSyntheticCode(String laCode) {
        if (laCode == null || !DFE_CODE.matcher(laCode).matches()) {
            return false;
        }
        int code = Integer.parseInt(laCode);
        return code >= FIRST_SYNTHETIC_CODE && code <= LAST_SYNTHETIC_CODE;
    }

    /** Whether the LA is synthetic (990 to 999): its outputs say so wherever they name the LA. */
    public boolean synthetic() {
        return isSyntheticCode(laCode);
    }

    /** The Hive partition folder of the LA, {@code la=<code>}: readers get {@code la} as a column. */
    public String laPartition() {
        return "la=" + laCode;
    }

    /** The Hive partition folder of the period, {@code period=<yyyy-mm-dd>}. */
    public String periodPartition() {
        return "period=" + periodEnd;
    }

    /** {@code <code>_<yyyy-mm-dd>}: the start of a one-level folder name of this LA and period (staging, pending). */
    public String folderPrefix() {
        return laCode + "_" + periodEnd;
    }

    /** "LA 201, period ending 2026-03-31", as messages and logs name a run. */
    @Override
    public String toString() {
        return "LA " + laCode + ", period ending " + periodEnd;
    }
}
