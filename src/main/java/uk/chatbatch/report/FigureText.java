package uk.chatbatch.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.indicators.CodeLabels;
import uk.chatbatch.indicators.Unit;

/** The words and numbers every chart and table kind prints the same way: titles, counts, shares, medians. */
final class FigureText {

    private FigureText() {
    }

    static String title(ShownResult r, String by) {
        return r.id() + "  " + titled(r.metadata().title(), by);
    }

    /**
     * A chart's or table's title: the measure, then what it is broken down by, unless the measure's title says so
     * already ("Assessment duration in working days" by working days) or says it in other words ("Referrals by
     * source" by source group reads "Referrals by source (source group)").
     */
    static String titled(String title, String by) {
        String lower = title.toLowerCase(Locale.UK);
        String breakdown = by.toLowerCase(Locale.UK);
        if (by.isEmpty() || lower.contains(breakdown) || Arrays.stream(breakdown.split(" "))
                .allMatch(word -> lower.matches(".*\\b" + Pattern.quote(word) + "\\b.*"))) {
            return title;
        }
        return title + (lower.contains(" by ") ? " (" + by + ")" : ", by " + by);
    }

    static String count(Shown v) {
        return v.suppressed() ? SmallNumbers.SHOWN_AS : Formats.count(v.numerator());
    }

    /** The bar drawn for a value: nothing for a withheld one. */
    static long bar(Shown v) {
        return v.suppressed() ? 0 : v.numerator();
    }

    static String group(String g) {
        return Formats.capitalised(g);
    }

    /** A group as printed: its code list's label beside a code, capitalised. */
    static String labelledGroup(ShownResult.Breakdown b, String g) {
        return group(CodeLabels.labelled(b.name(), g));
    }

    /** What a breakdown's shares are out of: the rows' base where they carry one, else the whole count. */
    static long base(ShownResult r, ShownResult.Breakdown b) {
        for (Shown v : b.values()) {
            if (v.denominator() != null) {
                return v.denominator();
            }
        }
        return r.headline().map(Shown::numerator).orElse(b.values().stream().mapToLong(Shown::numerator).sum());
    }

    static String share(Shown v, long total) {
        if (v.suppressed()) {
            return SmallNumbers.SHOWN_AS;
        }
        if (v.denominator() != null && v.value() != null && v.denominator() == total) {
            return Formats.percent(v.value());
        }
        return total == 0 ? "0" : Formats.percent(100.0 * v.numerator() / total);
    }

    /** " (48.2%)", or nothing out of zero. */
    static String shareInBrackets(long part, long all) {
        return all == 0 ? "" : " (" + Formats.percent(100.0 * part / all) + ")";
    }

    static String outOf(ShownResult r, long total) {
        boolean withheld = r.headline().map(Shown::suppressed).orElse(false);
        return " Out of " + (withheld ? SmallNumbers.SHOWN_AS : Formats.count(total)) + ".";
    }

    static String total(ShownResult r) {
        return r.headline().map(h -> " Total " + (r.metadata().unit() == Unit.COUNT ? Formats.value(h, Unit.COUNT)
                : count(h)) + ".").orElse("");
    }

    static String headlineSentence(ShownResult r) {
        return r.headline().map(h -> " " + Formats.capitalised(r.metadata().unit() == Unit.PERCENT
                ? Formats.value(h, Unit.PERCENT) + (h.suppressed() ? "" : " (" + Formats.basis(h, Unit.PERCENT) + ")")
                : Formats.value(h, r.metadata().unit())) + ": " + r.metadata().numerator()
                + (r.metadata().denominator().isBlank() ? "" : " out of " + r.metadata().denominator()) + ".")
                .orElse("");
    }

    private static final Pattern MEAN_OR_MEDIAN = Pattern.compile("\\b(mean|median)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "mean" or "median", as the indicator's definition says its figure in days is: the first of the two words it
     * uses ("the mean, not the median"); median where it uses neither.
     */
    static String average(ShownResult r) {
        Matcher m = MEAN_OR_MEDIAN.matcher(r.metadata().definition());
        return m.find() ? m.group(1).toLowerCase(Locale.UK) : "median";
    }

    /**
     * " Median 31 days; lower quartile 20, upper quartile 44 (of 480)." for an indicator in days, or " Mean 420 days
     * (of 12)." where the definition is a mean.
     */
    static String quartiles(ShownResult r) {
        if (r.metadata().unit() != Unit.DAYS || r.headline().isEmpty()) {
            return "";
        }
        Shown median = r.headline().get();
        if (median.suppressed() || median.value() == null) {
            return median.suppressed() ? " " + Formats.capitalised(average(r)) + " withheld (small numbers)." : "";
        }
        StringBuilder s = new StringBuilder(" " + Formats.capitalised(average(r)) + " ")
                .append(Formats.number(median.value(), Unit.DAYS));
        r.breakdown(BreakdownKinds.QUARTILE).ifPresent(q -> {
            List<String> values = q.values().stream().filter(v -> !v.suppressed() && v.value() != null)
                    .map(v -> v.group() + " " + Formats.number(v.value(), Unit.DAYS)).toList();
            if (!values.isEmpty()) {
                s.append("; ").append(String.join(", ", values));
            }
        });
        return s.append(" (of ").append(Formats.count(median.numerator())).append(").").toString();
    }

    /** "contacts" from "contacts dated in the window": the noun an axis needs. */
    static String shortName(String numerator) {
        String[] words = numerator.split(" ");
        return words.length == 0 ? numerator : words[0];
    }

    static Optional<YearMonth> month(String group) {
        try {
            return Optional.of(YearMonth.parse(group));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
