package uk.chatbatch.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Unit;

/** How numbers and dates read in the report: UK style, counts with thousands separators, percents to one decimal. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", Locale.UK);

    private Formats() {
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    static String percent(double value) {
        return String.format(Locale.UK, "%.1f%%", value);
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

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * "Oct 2024", for axis labels. Cut from the full name rather than the locale's short form, which
     * for the UK is "Sept" in recent JDKs and so would differ between runtimes.
     */
    static String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3) + " " + month.getYear();
    }

    static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    /** "1 record", "3 records". */
    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /**
     * The headline value of a result as the headline page prints it: the count or percentage when
     * computed, otherwise the status label. Never a zero standing in for "not computed".
     */
    static String headlineValue(IndicatorResult result) {
        if (result.status() != IndicatorStatus.COMPUTED) {
            return status(result.status());
        }
        return result.headline().map(v -> value(v, result.metadata().unit())).orElse("no value");
    }

    /** A status short enough for the value column; the message beside it says the rest. */
    static String status(IndicatorStatus status) {
        return status == IndicatorStatus.NO_CASES ? "no cases" : status.label();
    }

    /** The basis of a computed value ("412 of 480"), or why there is no value. */
    static String headlineDetail(IndicatorResult result) {
        if (result.status() != IndicatorStatus.COMPUTED) {
            return result.message();
        }
        return result.headline().filter(v -> v.denominator() != null)
                .map(v -> ofTotal(v.numerator(), v.denominator())).orElse("");
    }

    static String value(IndicatorValue v, Unit unit) {
        if (unit == Unit.PERCENT) {
            return v.value() == null ? "no cases" : percent(v.value());
        }
        return count(v.numerator());
    }

    /** "Male 85.0% (34 of 40)" or "Male 210". */
    static String breakdownValue(IndicatorValue v, Unit unit) {
        if (unit == Unit.PERCENT && v.denominator() != null) {
            return v.breakdownValue() + " " + value(v, unit) + " (" + ofTotal(v.numerator(), v.denominator()) + ")";
        }
        return v.breakdownValue() + " " + value(v, unit);
    }
}
