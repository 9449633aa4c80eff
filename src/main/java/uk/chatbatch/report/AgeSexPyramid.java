package uk.chatbatch.report;

import static uk.chatbatch.report.FigureText.bar;
import static uk.chatbatch.report.FigureText.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PYR: an age/sex pyramid from a breakdown whose groups are "age / gender", empty ages at either end left out,
 * other or unknown gender and unknown age named in the caption rather than drawn.
 */
final class AgeSexPyramid {

    private AgeSexPyramid() {
    }

    static Figure of(ReportVariant variant, ShownResult r, ShownResult.Breakdown b) {
        Map<String, Shown[]> rows = new LinkedHashMap<>();
        long[] otherGender = new long[2];
        long[] unknownAge = new long[2];
        for (Shown v : b.values()) {
            String age = VariantView.age(v);
            String gender = VariantView.gender(v).toLowerCase(Locale.ROOT);
            int side = gender.equals("male") ? 0 : gender.equals("female") ? 1 : -1;
            if (side < 0 || age.equalsIgnoreCase(BreakdownKinds.UNKNOWN)) {
                long[] sum = side < 0 ? otherGender : unknownAge;
                sum[0] += v.numerator();
                sum[1] += v.suppressed() ? 1 : 0;
                continue;
            }
            rows.computeIfAbsent(age, a -> new Shown[2])[side] = v;
        }
        List<String> ages = new ArrayList<>(rows.keySet());
        int first = 0;
        int last = ages.size() - 1;
        while (first <= last && empty(rows.get(ages.get(first)))) {
            first++;
        }
        while (last >= first && empty(rows.get(ages.get(last)))) {
            last--;
        }
        List<String> kept = first <= last ? ages.subList(first, last + 1) : List.of();
        List<Long> male = new ArrayList<>();
        List<Long> female = new ArrayList<>();
        List<String> maleLabels = new ArrayList<>();
        List<String> femaleLabels = new ArrayList<>();
        List<String> maleParts = new ArrayList<>();
        List<String> femaleParts = new ArrayList<>();
        long maleTotal = 0;
        long femaleTotal = 0;
        for (String age : kept) {
            Shown[] pair = rows.get(age);
            Shown m = pair[0] == null ? new Shown(age, 0, null, 0.0, false) : pair[0];
            Shown f = pair[1] == null ? new Shown(age, 0, null, 0.0, false) : pair[1];
            male.add(bar(m));
            female.add(bar(f));
            maleLabels.add(count(m));
            femaleLabels.add(count(f));
            maleParts.add(age + ": " + count(m));
            femaleParts.add(age + ": " + count(f));
            maleTotal += m.numerator();
            femaleTotal += f.numerator();
        }
        boolean internal = variant.isInternal();
        long all = r.headline().map(Shown::numerator).orElse(maleTotal + femaleTotal);
        String maleTitle = internal ? "Male " + Formats.count(maleTotal) + FigureText.shareInBrackets(maleTotal, all)
                : "Male";
        String femaleTitle = internal ? "Female " + Formats.count(femaleTotal)
                + FigureText.shareInBrackets(femaleTotal, all) : "Female";
        PyramidData data = new PyramidData(kept, male, maleLabels, female, femaleLabels, maleTitle, femaleTitle);
        String caption = Formats.capitalised(r.metadata().numerator()) + " by age and gender. "
                + maleTitle + " by age: " + String.join(", ", maleParts) + ". " + femaleTitle + " by age: "
                + String.join(", ", femaleParts) + "."
                + notDrawn(otherGender, "gender other or unknown") + notDrawn(unknownAge, "age unknown")
                + (internal ? "" : " Ages are grouped into bands in this shareable version.");
        return new Figure(r.id(), FigureText.title(r, "age and gender"), data, caption, false);
    }

    /** " Not drawn: gender other or unknown, 120." or, where a group in it is withheld, no number. */
    private static String notDrawn(long[] sum, String what) {
        if (sum[0] == 0 && sum[1] == 0) {
            return "";
        }
        return " Not drawn: " + what + (sum[1] > 0 ? " (includes groups withheld under the small-number rule)."
                : ", " + Formats.count(sum[0]) + ".");
    }

    private static boolean empty(Shown[] pair) {
        for (Shown v : pair) {
            if (v != null && (v.numerator() > 0 || v.suppressed())) {
                return false;
            }
        }
        return true;
    }
}
