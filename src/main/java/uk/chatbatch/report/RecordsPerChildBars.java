package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.bar;
import static uk.chatbatch.report.FigureText.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MUL: bars for children with 2, 3, 4 and 5 or more records; those with none or one are named, not drawn. */
final class RecordsPerChildBars {

    private RecordsPerChildBars() {
    }

    static Figure of(ShownResult r, ShownResult.Breakdown b) {
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Shown v : b.values()) {
            if (v.group().equals("0") || v.group().equals("1")) {
                left.add(v.group() + ": " + count(v));
                continue;
            }
            categories.add(v.group().replace(" or more", "+"));
            bars.add(bar(v));
            labels.add(count(v));
            parts.add(v.group() + ": " + count(v));
        }
        String caption = "Children with 2, 3, 4 and 5 or more records (" + b.name() + "): " + String.join("; ", parts)
                + "." + (left.isEmpty() ? "" : " Not drawn: " + String.join("; ", left) + ".")
                + FigureText.headlineSentence(r);
        BarChartData data = new BarChartData(Formats.capitalised(b.name()), "Children", categories,
                List.of(new BarChartData.Series("Children", bars, labels)), false, Optional.empty());
        return new Figure(r.id(), FigureText.title(r, b.name()), data, caption, true);
    }
}
