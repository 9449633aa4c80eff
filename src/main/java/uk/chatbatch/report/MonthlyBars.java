package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.bar;
import static uk.chatbatch.report.FigureText.count;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.calendar.ReportingPeriod;

/** TRD: monthly bars of a month breakdown, every month's count in the caption. */
final class MonthlyBars {

    private MonthlyBars() {
    }

    static Figure of(ReportingPeriod period, ShownResult r, ShownResult.Breakdown b) {
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String outside = "";
        List<YearMonth> months = new ArrayList<>();
        List<Shown> drawn = coveredMonths(b.values());
        for (Shown v : b.values()) {
            if (FigureText.month(v.group()).isPresent() && !drawn.contains(v)) {
                continue;
            }
            Optional<YearMonth> month = FigureText.month(v.group());
            if (month.isEmpty()) {
                if (v.numerator() > 0 || v.suppressed()) {
                    outside = " " + Formats.capitalised(v.group()) + ": " + count(v) + " (not drawn).";
                }
                continue;
            }
            categories.add(Formats.shortMonth(month.get()));
            months.add(month.get());
            bars.add(bar(v));
            labels.add(count(v));
            parts.add(Formats.month(month.get()) + ": " + count(v));
        }
        String what = r.metadata().numerator();
        boolean beyondWindow = !months.isEmpty() && months.get(0).isBefore(YearMonth.from(period.windowFirstDay()));
        LocalDate opens = period.windowFirstDay();
        // The window's first month drawn for its last days only (six months to 30 September open on 31 March): its
        // bar is named by those days, so a short bar is not read as a quiet month.
        boolean partFirst = !beyondWindow && !months.isEmpty() && months.get(0).equals(YearMonth.from(opens))
                && opens.getDayOfMonth() != 1;
        String span;
        if (beyondWindow) {
            // A chart reaching back before the window (12 months of decisions, say) says how long it covers.
            span = " in each of the " + months.size() + " months to " + Formats.date(period.periodEnd()) + " ("
                    + Formats.month(months.get(0)) + " to " + Formats.month(months.get(months.size() - 1))
                    + "; the window is the last six): ";
        } else if (partFirst) {
            categories.set(0, days(opens) + " " + Formats.shortMonth(months.get(0)));
            parts.set(0, days(opens) + " " + Formats.month(months.get(0)) + parts.get(0)
                    .substring(Formats.month(months.get(0)).length()));
            int daysIn = months.get(0).lengthOfMonth() - opens.getDayOfMonth() + 1;
            span = " by month to " + Formats.date(period.periodEnd()) + " (the first bar is "
                    + (daysIn == 1 ? "the window's first day alone" : "the window's first " + daysIn + " days") + ", "
                    + days(opens) + " " + Formats.month(months.get(0)) + "): ";
        } else {
            span = " in each of the " + months.size() + " months to " + Formats.date(period.periodEnd()) + ": ";
        }
        String caption = Formats.capitalised(what) + span + String.join("; ", parts) + "." + FigureText.total(r)
                + outside;
        String noun = FigureText.shortName(what);
        BarChartData data = new BarChartData("", Formats.capitalised(noun), categories,
                List.of(new BarChartData.Series(noun, bars, labels)), false, Optional.empty());
        return new Figure(r.id(), FigureText.title(r, beyondWindow ? "month, " + months.size() + " months" : "month"),
                data, caption, false);
    }

    /** "31" for a window opening on the month's last day, else "16-31": the days of that month in the window. */
    private static String days(LocalDate opens) {
        int last = opens.lengthOfMonth();
        return opens.getDayOfMonth() == last ? String.valueOf(last) : opens.getDayOfMonth() + "\u2013" + last;
    }

    /**
     * The month rows of the calendar months the breakdown's window covers. The window's first day comes by
     * calendar arithmetic (six months to 30 September open on 31 March), so the breakdown lists that month too,
     * for its one day: when nothing is in it and the months after it make a whole six or twelve, it is left out,
     * so six months draw six bars ("Mar 2026: 0" is not drawn) and twelve draw twelve. A month with records in it
     * is always drawn.
     */
    static List<Shown> coveredMonths(List<Shown> values) {
        List<Shown> months = values.stream().filter(v -> FigureText.month(v.group()).isPresent()).toList();
        if (months.isEmpty()) {
            return months;
        }
        Shown first = months.get(0);
        boolean wholeAfter = months.size() - 1 == ReportingPeriod.WINDOW_MONTHS || months.size() - 1 == 12;
        return wholeAfter && !first.suppressed() && first.numerator() == 0 ? months.subList(1, months.size())
                : months;
    }
}
