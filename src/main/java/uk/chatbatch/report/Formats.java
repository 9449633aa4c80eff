package uk.chatbatch.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;

/**
 * How numbers and dates read in the report: UK style, counts with thousands separators, percentages, rates
 * and days to one decimal place (days without one when whole), and {@value SmallNumbers#SHOWN_AS} for a
 * withheld figure.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", Locale.UK);

    public static final String MINUS = "−";

    private Formats() {
    }

    /**
     * "1,234,567": digits grouped in threes with commas, as the UK integer format prints them. Written out because
     * the report prints thousands of counts and a new NumberFormat for each took a noticeable part of its time.
     */
    public static String count(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
        int first = sign + (length % 3 == 0 ? 3 : length % 3);
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    public static String percent(double value) {
        return String.format(Locale.UK, "%.1f%%", value);
    }

    public static String oneDecimal(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }

    /** "412 of 480". */
    static String ofTotal(long numerator, long denominator) {
        return count(numerator) + " of " + count(denominator);
    }

    /** "40 of 48 (83.3%)"; just "0 of 0" when there is nothing to divide by. */
    static String ofTotalWithPercent(long numerator, long denominator) {
        return denominator == 0 ? ofTotal(numerator, denominator)
                : ofTotal(numerator, denominator) + " (" + percent(100.0 * numerator / denominator) + ")";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * "Oct 2024", for axis labels. Cut from the full name rather than the locale's short form, which for
     * the UK is "Sept" in recent JDKs and so would differ between runtimes.
     */
    static String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3) + " " + month.getYear();
    }

    /** "Oct 24", for the tightest labels. */
    public static String tinyMonth(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3) + " "
                + String.format("%02d", date.getYear() % 100);
    }

    /** "31 Aug 2025". */
    static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3) + " "
                + date.getYear();
    }

    static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    /** "1 record", "3 records". */
    public static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A status short enough for a value column; the message beside it says the rest. */
    static String status(IndicatorStatus status) {
        return status == IndicatorStatus.NO_CASES ? "no cases" : status.label();
    }

    /** A figure in its unit: "1,234", "85.8%", "527.3", "33 days"; "<5" when withheld; "no cases" for 0 of 0. */
    static String value(Shown v, Unit unit) {
        if (v.suppressed()) {
            return SmallNumbers.SHOWN_AS;
        }
        if (unit == Unit.COUNT) {
            // A few counts carry a mean in their value (episodes per child, mean SDQ score): show that.
            boolean mean = v.value() != null && v.value() != (double) v.numerator();
            return mean ? oneDecimal(v.value()) : count(v.numerator());
        }
        if (v.value() == null) {
            return "no cases";
        }
        return number(v.value(), unit);
    }

    /** A number in its unit, without any basis. */
    public static String number(double value, Unit unit) {
        return switch (unit) {
            case COUNT -> count(Math.round(value));
            case PERCENT -> percent(value);
            case RATE_PER_10000 -> oneDecimal(value);
            case DAYS -> days(value) + " days";
        };
    }

    private static String days(double value) {
        return value == Math.rint(value) ? count(Math.round(value)) : oneDecimal(value);
    }

    /** The unit as it follows a value in prose: "per 10,000 children"; empty where the value says it. */
    public static String unitSuffix(Unit unit) {
        return unit == Unit.RATE_PER_10000 ? " per 10,000 children" : "";
    }

    /**
     * What a figure is based on, in words: "412 of 480" for a percentage, "n = 40" for a median, "62 children
     * in 63,000" for a rate; empty for a count, and for a withheld figure (whose basis would give it away).
     */
    static String basis(Shown v, Unit unit) {
        if (v.suppressed()) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> v.denominator() == null ? "" : ofTotal(v.numerator(), v.denominator());
            case RATE_PER_10000 -> v.denominator() == null ? "" : count(v.numerator()) + " in a population of "
                    + count(v.denominator());
            case DAYS -> "of " + count(v.numerator());
            case COUNT -> "";
        };
    }

    /** The caption of a rate annualised from six months: "a year (annualised): twice the 160 in six months, in 63,000". */
    static String annualisedBasis(Shown v) {
        if (v.suppressed() || v.denominator() == null) {
            return "a year (annualised from six months)";
        }
        return "a year (annualised): twice the " + count(v.numerator()) + " in six months, in a population of "
                + count(v.denominator());
    }

    /** The value a figure is rounded to when printed, so changes are worked out on what the reader sees. */
    static double rounded(double value, Unit unit) {
        if (unit == Unit.COUNT) {
            return Math.round(value);
        }
        return Math.round(value * 10) / 10.0;
    }

    /** "+3.7 points", "−120 (−9.8%)", "+12.3", "−2 days", "no change". */
    static String change(Trend.Change c, Unit unit) {
        if (c.direction() == Trend.Direction.SAME) {
            return "no change";
        }
        String sign = c.delta() > 0 ? "+" : MINUS;
        double size = Math.abs(c.delta());
        return switch (unit) {
            case PERCENT -> sign + oneDecimal(size) + (size == 1.0 ? " point" : " points");
            case COUNT -> sign + count(Math.round(size)) + (c.previous() == 0 ? ""
                    : " (" + sign + oneDecimal(Math.abs(100.0 * c.delta() / c.previous())) + "%)");
            case RATE_PER_10000 -> sign + oneDecimal(size);
            case DAYS -> sign + days(size) + (size == 1.0 ? " day" : " days");
        };
    }

    /** "▲", "▼" or "=": DejaVu Sans has the triangles. */
    static String arrow(Trend.Direction direction) {
        return switch (direction) {
            case UP -> "▲";
            case DOWN -> "▼";
            case SAME -> "=";
        };
    }

    /** "85.7% (England, 2025)". */
    public static String benchmark(double value, Unit unit) {
        return unit == Unit.PERCENT ? percent(value) : unit == Unit.DAYS ? days(value) + " days" : days(value);
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
