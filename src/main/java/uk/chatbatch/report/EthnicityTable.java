package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.chatbatch.indicators.CodeLabels;

/** ETH: a table by ethnic group, beside the LA's child population where it is configured. */
final class EthnicityTable {

    private EthnicityTable() {
    }

    static Figure of(Map<String, Long> populationByEthnicGroup, ShownResult r, ShownResult.Breakdown groups,
                     List<ShownResult.Breakdown> usable) {
        Map<String, Long> population = new LinkedHashMap<>();
        populationByEthnicGroup.forEach((k, v) -> population.put(k.toLowerCase(Locale.ROOT), v));
        long populationTotal = population.values().stream().mapToLong(Long::longValue).sum();
        boolean withPopulation = populationTotal > 0;
        long total = FigureText.base(r, groups);
        List<List<String>> rows = new ArrayList<>();
        for (Shown v : groups.values()) {
            List<String> row = new ArrayList<>(List.of(FigureText.group(v.group()), count(v),
                    FigureText.share(v, total)));
            if (withPopulation) {
                Long p = population.get(v.group().toLowerCase(Locale.ROOT));
                row.add(p == null ? "—" : Formats.percent(100.0 * p / populationTotal));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(Formats.capitalised(groups.name()), "Number", "Share"));
        List<Boolean> numeric = new ArrayList<>(List.of(false, true, true));
        List<Float> widths = new ArrayList<>(List.of(40f, 18f, 18f));
        if (withPopulation) {
            headers.add("LA children 0–17");
            numeric.add(true);
            widths.add(24f);
        }
        String codes = usable.stream().filter(b -> b != groups && BreakdownKinds.isEthnicity(r, b))
                .findFirst().map(b -> " By " + b.name() + " (codes with any): " + String.join("; ", b.values().stream()
                        .filter(v -> v.suppressed() || v.numerator() > 0)
                        .map(v -> CodeLabels.labelled(b.name(), v.group()) + " " + count(v)).toList())
                        + ".").orElse("");
        String caption = Formats.capitalised(r.metadata().numerator()) + ", by " + groups.name() + ": the number and"
                + " share of " + (r.headline().map(h -> h.suppressed() ? SmallNumbers.SHOWN_AS : Formats.count(total))
                .orElse(Formats.count(total))) + "."
                + (withPopulation ? " The last column is the share of the LA's children aged 0 to 17 in each group."
                : " The LA's child population by ethnic group is not configured, so there is no population column.")
                + codes;
        return new Figure(r.id(), FigureText.title(r, groups.name()), new Figure.TableData(headers, rows, numeric,
                widths), caption, false);
    }
}
