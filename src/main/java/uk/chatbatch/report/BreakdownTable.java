package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.count;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.CodeLabels;
import uk.chatbatch.indicators.Unit;

/**
 * Any breakdown no chart kind takes: a small table, numbers and shares for a count or a share breakdown, else
 * each group's own value and what it is out of.
 */
final class BreakdownTable {

    private BreakdownTable() {
    }

    static Figure of(ShownResult r, ShownResult.Breakdown b) {
        Unit unit = r.metadata().unit();
        boolean many = b.values().size() > 8;
        long total = FigureText.base(r, b);
        // a share breakdown (each group out of the same whole) reads as numbers and shares, like a count's
        boolean shares = unit == Unit.COUNT || (unit == Unit.PERCENT && b.values().stream()
                .allMatch(v -> v.denominator() != null && v.denominator() == total));
        List<List<String>> rows = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Shown v : b.values()) {
            if (many && !v.suppressed() && v.numerator() == 0 && (shares || v.denominator() == null
                    || v.denominator() == 0)) {
                none.add(CodeLabels.labelled(b.name(), v.group()));
                continue;
            }
            String group = FigureText.labelledGroup(b, v.group());
            if (shares) {
                rows.add(List.of(group, count(v), FigureText.share(v, total)));
            } else {
                rows.add(List.of(group, Formats.value(v, unit), Formats.basis(v, unit)));
            }
        }
        List<String> headers = shares ? List.of(Formats.capitalised(b.name()), "Number", "Share")
                : List.of(Formats.capitalised(b.name()), "Value", switch (unit) {
                    case PERCENT -> "Out of";
                    case RATE_PER_10000 -> "Count";
                    case DAYS -> "Measured";
                    case COUNT -> "Share";
                });
        String caption = "By " + b.name() + ": " + (shares ? "the number in each group and its share of "
                + (r.headline().map(Shown::suppressed).orElse(false) ? SmallNumbers.SHOWN_AS : Formats.count(total))
                : unit == Unit.PERCENT ? "the percentage within each group" : unit == Unit.DAYS
                ? "each group's own " + FigureText.average(r) + ", and how many it is of" : r.isAnnualisedRate()
                ? "each group's rate for a year, annualised (twice the count in six months)" : "each group's figure")
                + (none.isEmpty() ? "." : "; none in " + String.join(", ", none) + ".");
        return new Figure(r.id(), FigureText.title(r, b.name()), new Figure.TableData(headers, rows,
                List.of(false, true, true), List.of(44f, 26f, 30f)), caption, true);
    }
}
