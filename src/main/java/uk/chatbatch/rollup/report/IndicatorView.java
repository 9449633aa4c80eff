package uk.chatbatch.rollup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.report.Formats;

/**
 * One headline indicator across the group in one period: its LAs in the order the report lists them (ranked
 * first, best first; then withheld, not compared and without a figure, each in LA code order), the group's
 * statistics, England's figure, and how each of these reads in words.
 */
record IndicatorView(String id, String title, Optional<Unit> unit, Optional<Polarity> polarity,
                     List<BenchmarkRow> ordered, Stats stats, Optional<England> england) {

    static final String WITHHELD = "withheld";
    static final String NOT_COMPARED = "not compared";
    static final String NO_FIGURE = "no figure";

    /** The group's statistics over the LAs used (compared, not suppressed, computed). */
    record Stats(Double groupMedian, Double groupQ1, Double groupQ3, Double groupMean, long nLas, long groupLaCount) {
        Optional<Double> groupMedianOptional() {
            return Optional.ofNullable(groupMedian);
        }
    }

    static IndicatorView of(String id, String catalogueTitle, List<BenchmarkRow> rows) {
        List<BenchmarkRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((BenchmarkRow r) -> r.standing().ordinal())
                .thenComparing(r -> r.rank() == null ? Long.MAX_VALUE : r.rank())
                .thenComparing(BenchmarkRow::laCode));
        // The group's statistics are the compared LAs' (a row not compared may carry none).
        BenchmarkRow reference = rows.stream().filter(BenchmarkRow::compared).findFirst().orElse(rows.get(0));
        Stats stats = new Stats(reference.groupMedian(), reference.groupQ1(), reference.groupQ3(), reference.groupMean(),
                reference.nLas(), rows.size());
        String title = rows.stream().map(BenchmarkRow::indicatorTitle).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(catalogueTitle);
        return new IndicatorView(id, title, reference.unit(), reference.polarity(), List.copyOf(ordered), stats,
                England.of(rows));
    }

    /** England's figure as most of the group's rows carry it (LAs on an older benchmarks release may differ). */
    record England(double value, String year) {
        static Optional<England> of(List<BenchmarkRow> rows) {
            Map<England, Integer> votes = new LinkedHashMap<>();
            for (BenchmarkRow row : rows) {
                if (row.englandValue() != null) {
                    votes.merge(new England(row.englandValue(), row.englandYear() == null ? "" : row.englandYear()), 1,
                            Integer::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
    }

    /** "Camden's" figure as printed: the number in its unit, or why there is none; never a number for a withheld one. */
    String figure(BenchmarkRow row) {
        return switch (row.standing()) {
            case WITHHELD -> WITHHELD;
            case NOT_COMPARED -> NOT_COMPARED;
            case NO_FIGURE -> NO_FIGURE;
            case RANKED -> number(row.value());
        };
    }

    String number(double value) {
        return unit.map(u -> Formats.number(value, u)).orElseGet(() -> Formats.oneDecimal(value));
    }

    /** A figure in a table whose measure's title says "days": the number alone. */
    String bare(double value) {
        return number(value).replace(" days", "");
    }

    /** An axis tick: whole numbers without a decimal place, "40%", "250". */
    String tick(double value) {
        if (value != Math.rint(value)) {
            return bare(value);
        }
        return Formats.count(Math.round(value)) + (unit.orElse(null) == Unit.PERCENT ? "%" : "");
    }

    /** "76.8 (2025)", or "76.8" when the table's header gives the year, for a table whose header says England. */
    String englandBare(boolean withYear) {
        return england.map(e -> bare(e.value()) + (!withYear || e.year().isEmpty() ? "" : " (" + e.year() + ")"))
                .orElse("none");
    }

    /** England's year when every measure with an England figure has the same one, for a table's header. */
    static Optional<String> oneEnglandYear(List<IndicatorView> views) {
        List<String> years = views.stream().flatMap(v -> v.england().stream()).map(England::year).distinct().toList();
        return years.size() == 1 && !years.get(0).isEmpty() ? Optional.of(years.get(0)) : Optional.empty();
    }

    /** "3", or "=3" when another LA shares the rank. */
    String rankText(BenchmarkRow row) {
        if (row.rank() == null) {
            return "";
        }
        boolean shared = ordered.stream().filter(r -> r != row && r.standing() == BenchmarkRow.Standing.RANKED)
                .anyMatch(r -> row.rank().equals(r.rank()));
        return (shared ? "=" : "") + row.rank();
    }

    String medianText() {
        return stats.groupMedianOptional().map(this::number).orElse("none: no LA's figure compared");
    }

    String englandText() {
        return england.map(e -> "England " + number(e.value()) + (e.year().isEmpty() ? "" : " (" + e.year() + ")"))
                .orElse("England: no figure");
    }

    /** How the ranks run, in words: "higher is better, so rank 1 is the highest figure". */
    String rankingRule() {
        Polarity p = polarity.orElse(Polarity.CONTEXTUAL);
        return switch (p) {
            case HIGHER_IS_BETTER -> "Higher is better, so rank 1 is the highest figure.";
            case LOWER_IS_BETTER -> "Lower is better, so rank 1 is the lowest figure.";
            default -> "No direction is better (" + p.description() + "), so rank 1 is simply the highest figure.";
        };
    }

    /** The quarter of the group the figure falls in, by value, in words that read without colour. */
    static String band(Integer quartileBand) {
        if (quartileBand == null) {
            return "";
        }
        return switch (quartileBand) {
            case 4 -> "top quarter";
            case 3 -> "upper middle quarter";
            case 2 -> "lower middle quarter";
            case 1 -> "bottom quarter";
            default -> "band " + quartileBand;
        };
    }

    static final String BANDS_NOTE = "Quarters are by value, whichever direction is better: the top quarter holds the"
            + " highest figures (above the upper quartile), the bottom quarter the lowest (at or below the lower"
            + " quartile).";

    /** Why an LA has no rank, for the table's note column. */
    static String note(BenchmarkRow row) {
        return switch (row.standing()) {
            case WITHHELD -> "Withheld" + (row.suppressionReason() == null ? "."
                    : ": " + withheldReason(row.suppressionReason()) + ".");
            case NOT_COMPARED -> row.notComparedReason() == null ? "Not compared with the group."
                    : Formats.capitalised(namedEmptySettings(row.notComparedReason())) + ".";
            case NO_FIGURE -> "No figure for this period (not computed, or no cases).";
            case RANKED -> "";
        };
    }

    /** "…: working days: calendar vs " names the group's empty settings: "… vs no settings". */
    private static String namedEmptySettings(String reason) {
        return reason.replaceAll(": vs ", ": no settings vs ").replaceAll(" vs\\s*$", " vs no settings");
    }

    /** The dataset's "1 to 4" says how few records the figure rests on. */
    private static String withheldReason(String reason) {
        return reason.matches("\\d+ to \\d+") ? "based on " + reason + " children or records" : reason;
    }

    List<BenchmarkRow> ranked() {
        return ordered.stream().filter(r -> r.standing() == BenchmarkRow.Standing.RANKED).toList();
    }

    long count(BenchmarkRow.Standing standing) {
        return ordered.stream().filter(r -> r.standing() == standing).count();
    }

    Optional<BenchmarkRow> rowOf(String laCode) {
        return ordered.stream().filter(r -> r.laCode().equals(laCode)).findFirst();
    }
}
