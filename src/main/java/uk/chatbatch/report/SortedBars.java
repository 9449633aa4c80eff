package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.bar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import uk.chatbatch.indicators.CodeLabels;

/** SRC: horizontal bars of a breakdown, most frequent first, unknown last, labelled with shares. */
final class SortedBars {

    /**
     * Groups with none are named with their labels while that takes at most so many characters (about five lines of
     * a half-page caption); longer, they are named by code alone, so a code list that is nearly all zeros (the CIN
     * census's 44 assessment factors, about 1,900 characters labelled) takes a few lines, not twenty.
     */
    static final int NONE_LABELLED_AT_MOST_CHARS = 450;

    private SortedBars() {
    }

    static Figure of(ShownResult r, ShownResult.Breakdown b) {
        long total = FigureText.base(r, b);
        List<Shown> shown = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Shown v : b.values()) {
            if (!v.suppressed() && v.numerator() == 0) {
                none.add(v.group());
            } else {
                shown.add(v);
            }
        }
        shown.sort(Comparator.comparing((Shown v) -> v.group().equalsIgnoreCase(BreakdownKinds.UNKNOWN))
                .thenComparing(Shown::suppressed)
                .thenComparing(v -> v.suppressed() ? 0 : -v.numerator()));
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Shown v : shown) {
            String group = FigureText.labelledGroup(b, v.group());
            categories.add(group);
            bars.add(bar(v));
            String share = FigureText.share(v, total);
            labels.add(share);
            parts.add(group + " " + share + (v.suppressed() ? "" : " (" + Formats.count(v.numerator()) + ")"));
        }
        String caption = Formats.capitalised(r.metadata().numerator()) + " by " + b.name() + ", most frequent first: "
                + (parts.isEmpty() ? "none" : String.join("; ", parts)) + "." + FigureText.outOf(r, total)
                + none(b.name(), none);
        BarChartData data = new BarChartData("", percentTitle(r, b), categories,
                List.of(new BarChartData.Series(b.name(), bars, labels)), true, Optional.empty(),
                OptionalLong.of(total));
        return new Figure(r.id(), FigureText.title(r, b.name()), data, caption, false);
    }

    /** " None: housing." or, for many coded groups, " None in 43 codes: 1A, 1B, ... (the code_lists ...)." */
    static String none(String breakdown, List<String> none) {
        if (none.isEmpty()) {
            return "";
        }
        String labelled = String.join(", ", none.stream().map(g -> CodeLabels.labelled(breakdown, g)).toList());
        if (labelled.length() <= NONE_LABELLED_AT_MOST_CHARS) {
            return " None: " + labelled + ".";
        }
        boolean coded = none.stream().anyMatch(g -> CodeLabels.label(breakdown, g).isPresent());
        return " None in " + Formats.count(none.size()) + (coded ? " codes: " : " groups: ") + String.join(", ", none)
                + (coded ? " (the code_lists dataset labels each code)" : "") + ".";
    }

    /**
     * The share axis's title, naming what the shares are out of as {@link FigureText#base} takes it: the rows' own
     * base (the measure's denominator, "Percent of referrals dated in the window") where they carry one, else the
     * whole count ("Percent of children in need episodes open at the period end").
     */
    static String percentTitle(ShownResult r, ShownResult.Breakdown b) {
        boolean ofDenominator = b.values().stream().anyMatch(v -> v.denominator() != null);
        String of = ofDenominator && !r.metadata().denominator().isBlank() ? r.metadata().denominator()
                : r.metadata().numerator();
        return of.isBlank() ? "Percent" : "Percent of " + of;
    }
}
