package uk.chatbatch.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

/**
 * ChAT's chart vocabulary (../shared/reference/indicators.md section 6), chosen from each indicator's
 * metadata and the breakdowns it reports, never from its id:
 * <ul>
 *   <li>PYR: an age/sex pyramid from a breakdown whose groups are "age / gender";</li>
 *   <li>DON: a donut of a percentage's count against the rest, the count and percentage in the centre;</li>
 *   <li>SRC: horizontal bars of the first breakdown, most frequent first, labelled with percentages;</li>
 *   <li>MUL: bars for children with 2, 3, 4 and 5 or more records (zero bars kept);</li>
 *   <li>ETH: a table by ethnic group, beside the LA's child population where it is configured;</li>
 *   <li>BND: a histogram of duration bands, with the statutory timescale marked where the bands are working
 *       days on a list that has one (45 working days for assessments, 15 from strategy discussion to ICPC);</li>
 *   <li>TRD: monthly bars, for every indicator with a month breakdown.</li>
 * </ul>
 * Any other breakdown becomes a small table. Team and worker breakdowns are drawn by {@link StaffTables}.
 */
final class IndicatorFigures {

    static final String MONTH = "month";
    static final String QUARTILE = "quartile";
    static final String UNKNOWN = "unknown";
    static final String OUTSIDE_WINDOW = "outside window";

    /** The statutory timescales in working days that a working-day band chart marks, by the list it is on. */
    static final Map<AnnexAList, Integer> WORKING_DAY_TIMESCALES = Map.of(
            AnnexAList.ASSESSMENTS, 45,
            AnnexAList.SECTION_47, 15);

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final ReportModel model;

    IndicatorFigures(ReportModel model) {
        this.model = model;
    }

    List<Figure> figures(ShownResult r) {
        List<Figure> figures = new ArrayList<>();
        if (!r.isComputed()) {
            return figures;
        }
        Set<String> used = new HashSet<>();
        List<ShownResult.Breakdown> usable = usable(r);
        switch (r.metadata().chart()) {
            case PYR -> usable.stream().filter(b -> VariantView.isPyramid(b.values())).findFirst()
                    .ifPresent(b -> add(figures, used, b, pyramid(r, b)));
            case DON -> donut(r).ifPresent(figures::add);
            case SRC -> firstNot(usable, MONTH).ifPresent(b -> add(figures, used, b, sorted(r, b)));
            case MUL -> firstNot(usable, MONTH).ifPresent(b -> add(figures, used, b, multiple(r, b)));
            case ETH -> usable.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).contains("ethnic")).findFirst()
                    .ifPresent(b -> add(figures, used, b, ethnicity(r, b, usable)));
            case BND -> usable.stream().filter(b -> isBands(r, b)).findFirst()
                    .ifPresent(b -> add(figures, used, b, bands(r, b)));
            default -> { }
        }
        if (r.metadata().chart() == uk.chatbatch.indicators.ChartType.ETH) {
            usable.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).contains("ethnic")).forEach(b -> used.add(b.name()));
        }
        r.breakdown(MONTH).ifPresent(b -> add(figures, used, b, monthly(r, b)));
        boolean medianSaid = figures.stream().anyMatch(f -> f.caption().contains(" Median "));
        for (ShownResult.Breakdown b : usable) {
            if (!used.contains(b.name())) {
                Figure t = table(r, b);
                if (!medianSaid && r.metadata().unit() == Unit.DAYS) {
                    t = new Figure(t.id(), t.title(), t.body(), t.caption() + quartiles(r), t.half());
                    medianSaid = true;
                }
                figures.add(statesWhySecondary(t, b));
            }
        }
        return figures;
    }

    /**
     * The caption of a figure states why a group is withheld when it is not itself small: the whole breakdown
     * withheld, or a group withheld so that a small one cannot be worked out from the total.
     */
    static Figure statesWhySecondary(Figure f, ShownResult.Breakdown b) {
        if (b.wholeWithheld()) {
            return new Figure(f.id(), f.title(), f.body(), "The whole breakdown by " + b.name() + " is withheld: one"
                    + " group is fewer than " + SmallNumbers.THRESHOLD + " and there is no other group to withhold with"
                    + " it, so it could be worked out from the total. " + f.caption(), f.half());
        }
        if (!b.secondary().isEmpty()) {
            List<String> groups = b.secondary().stream().map(g -> month(g).map(Formats::month).orElse(g)).toList();
            return new Figure(f.id(), f.title(), f.body(), f.caption() + " " + Formats.capitalised(String.join(", ",
                    groups)) + " is withheld as well, so that a group of fewer than " + SmallNumbers.THRESHOLD
                    + " cannot be worked out from the total.", f.half());
        }
        return f;
    }

    /**
     * Duration bands: groups that read as ranges ("same day", "1 to 10", "61 and over", "under 3 months"), and
     * for a median indicator rows that are shares of those measured (its other groups carry their own median).
     */
    static boolean isBands(ShownResult r, ShownResult.Breakdown b) {
        if (b.name().equals(MONTH)) {
            return false;
        }
        List<Shown> groups = b.values().stream().filter(v -> !v.group().equalsIgnoreCase(UNKNOWN)).toList();
        return groups.size() >= 2 && groups.stream().allMatch(v -> v.group().equalsIgnoreCase("same day")
                || NUMBER.matcher(v.group()).find())
                && (r.metadata().unit() != Unit.DAYS || groups.stream().allMatch(v -> v.denominator() != null));
    }

    private static void add(List<Figure> figures, Set<String> used, ShownResult.Breakdown b, Figure figure) {
        used.add(b.name());
        boolean chart = !(figure.body() instanceof Figure.TableData);
        if (chart && !b.values().isEmpty() && b.values().stream().allMatch(v -> v.suppressed() || v.numerator() == 0)
                && b.values().stream().anyMatch(Shown::suppressed)) {
            figure = new Figure(figure.id(), figure.title(), null, "Not drawn: every group is withheld or zero under"
                    + " the small-number rule. " + figure.caption(), true);
        } else if (figure.body() instanceof BarChartData bars && bars.series().size() == 1) {
            // One bar, or none, is not a chart: the caption already states the figure.
            long drawn = bars.series().get(0).values().stream().filter(n -> n > 0).count();
            if (drawn < 2) {
                figure = new Figure(figure.id(), figure.title(), null, (drawn == 0 ? "Not drawn: every group is zero. "
                        : "Not drawn: only one group has a figure above zero. ") + figure.caption(), true);
            }
        }
        figures.add(statesWhySecondary(figure, b));
    }

    /** Breakdowns a chart or table may use: not staff (drawn as tables of their own), not a rate's basis, not quartiles. */
    static List<ShownResult.Breakdown> usable(ShownResult r) {
        return r.breakdowns().stream().filter(b -> !VariantView.namesStaff(r.metadata(), b.name()))
                .filter(b -> !b.name().equals(RatePer10000Children.BASIS) && !b.name().equals(QUARTILE)).toList();
    }

    private static Optional<ShownResult.Breakdown> firstNot(List<ShownResult.Breakdown> breakdowns, String name) {
        return breakdowns.stream().filter(b -> !b.name().equals(name)).findFirst();
    }

    private static String title(ShownResult r, String by) {
        return r.id() + "  " + r.metadata().title() + (by.isEmpty() ? "" : ", by " + by);
    }

    private String value(Shown v, Unit unit) {
        return Formats.value(v, unit);
    }

    private static String count(Shown v) {
        return v.suppressed() ? SmallNumbers.SHOWN_AS : Formats.count(v.numerator());
    }

    private static long bar(Shown v) {
        return v.suppressed() ? 0 : v.numerator();
    }

    private static String group(String g) {
        return Formats.capitalised(g);
    }

    // --- TRD

    Figure monthly(ShownResult r, ShownResult.Breakdown b) {
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String outside = "";
        List<YearMonth> months = new ArrayList<>();
        for (Shown v : b.values()) {
            Optional<YearMonth> month = month(v.group());
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
        boolean beyondWindow = !months.isEmpty()
                && months.get(0).isBefore(YearMonth.from(model.period.windowFirstDay()));
        // A chart reaching back before the window (12 months of decisions, say) says how long it covers.
        String span = beyondWindow ? " in each of the " + months.size() + " months " + Formats.month(months.get(0))
                + " to " + Formats.month(months.get(months.size() - 1)) + " (the window is the last six): "
                : " in each month of the window " + Formats.date(model.period.windowFirstDay()) + " to "
                + Formats.date(model.period.periodEnd()) + ": ";
        String caption = Formats.capitalised(what) + span + String.join("; ", parts) + "." + total(r) + outside;
        BarChartData data = new BarChartData("", Formats.capitalised(shortName(what)), categories,
                List.of(new BarChartData.Series(shortName(what), bars, labels)), false, Optional.empty());
        return new Figure(r.id(), title(r, beyondWindow ? "month, " + months.size() + " months" : "month"), data,
                caption, false);
    }

    private String total(ShownResult r) {
        return r.headline().map(h -> " Total " + (r.metadata().unit() == Unit.COUNT ? value(h, Unit.COUNT)
                : count(h)) + ".").orElse("");
    }

    static Optional<YearMonth> month(String group) {
        try {
            return Optional.of(YearMonth.parse(group));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // --- SRC

    Figure sorted(ShownResult r, ShownResult.Breakdown b) {
        long total = base(r, b);
        List<Shown> shown = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Shown v : b.values()) {
            if (!v.suppressed() && v.numerator() == 0) {
                none.add(v.group());
            } else {
                shown.add(v);
            }
        }
        shown.sort(Comparator.comparing((Shown v) -> v.group().equalsIgnoreCase(UNKNOWN))
                .thenComparing(Shown::suppressed)
                .thenComparing(v -> v.suppressed() ? 0 : -v.numerator()));
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Shown v : shown) {
            categories.add(group(CodeLabels.labelled(b.name(), v.group())));
            bars.add(bar(v));
            String share = share(v, total);
            labels.add(share);
            parts.add(group(CodeLabels.labelled(b.name(), v.group())) + " " + share + (v.suppressed() ? "" : " (" + Formats.count(v.numerator()) + ")"));
        }
        String caption = Formats.capitalised(r.metadata().numerator()) + " by " + b.name() + ", most frequent first: "
                + (parts.isEmpty() ? "none" : String.join("; ", parts)) + "." + outOf(r, total)
                + (none.isEmpty() ? "" : " None: " + String.join(", ", none.stream()
                .map(g -> CodeLabels.labelled(b.name(), g)).toList()) + ".");
        BarChartData data = new BarChartData("", "Number", categories,
                List.of(new BarChartData.Series(b.name(), bars, labels)), true, Optional.empty());
        return new Figure(r.id(), title(r, b.name()), data, caption, false);
    }

    /** What a breakdown's shares are out of: the rows' base where they carry one, else the whole count. */
    private static long base(ShownResult r, ShownResult.Breakdown b) {
        for (Shown v : b.values()) {
            if (v.denominator() != null) {
                return v.denominator();
            }
        }
        return r.headline().map(Shown::numerator).orElse(b.values().stream().mapToLong(Shown::numerator).sum());
    }

    private static String share(Shown v, long total) {
        if (v.suppressed()) {
            return SmallNumbers.SHOWN_AS;
        }
        if (v.denominator() != null && v.value() != null && v.denominator() == total) {
            return Formats.percent(v.value());
        }
        return total == 0 ? "0" : Formats.percent(100.0 * v.numerator() / total);
    }

    private static String outOf(ShownResult r, long total) {
        boolean withheld = r.headline().map(Shown::suppressed).orElse(false);
        return " Out of " + (withheld ? SmallNumbers.SHOWN_AS : Formats.count(total)) + ".";
    }

    // --- MUL

    Figure multiple(ShownResult r, ShownResult.Breakdown b) {
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
                + headlineSentence(r);
        BarChartData data = new BarChartData(Formats.capitalised(b.name()), "Children", categories,
                List.of(new BarChartData.Series("Children", bars, labels)), false, Optional.empty());
        return new Figure(r.id(), title(r, b.name()), data, caption, true);
    }

    private String headlineSentence(ShownResult r) {
        return r.headline().map(h -> " " + Formats.capitalised(r.metadata().unit() == Unit.PERCENT
                ? value(h, Unit.PERCENT) + (h.suppressed() ? "" : " (" + Formats.basis(h, Unit.PERCENT) + ")")
                : value(h, r.metadata().unit())) + ": " + r.metadata().numerator()
                + (r.metadata().denominator().isBlank() ? "" : " out of " + r.metadata().denominator()) + ".")
                .orElse("");
    }

    // --- DON

    Optional<Figure> donut(ShownResult r) {
        IndicatorMetadata m = r.metadata();
        Optional<Shown> h = r.headline();
        if (h.isEmpty() || h.get().denominator() == null || m.unit() != Unit.PERCENT) {
            return firstNot(usable(r), MONTH).map(b -> table(r, b));
        }
        Shown v = h.get();
        String yes = Formats.capitalised(m.numerator());
        String no = "Other " + m.denominator();
        if (v.suppressed()) {
            DonutData data = new DonutData(List.of(yes, no), List.of(0L, 0L),
                    List.of(SmallNumbers.SHOWN_AS, SmallNumbers.SHOWN_AS), SmallNumbers.SHOWN_AS, "withheld", true);
            return Optional.of(new Figure(r.id(), title(r, ""), data, yes + ": withheld under the small-number rule"
                    + " (a count behind it is fewer than " + SmallNumbers.THRESHOLD + ").", true));
        }
        long rest = v.denominator() - v.numerator();
        String centre = v.value() == null ? "no cases" : Formats.percent(v.value());
        DonutData data = new DonutData(List.of(yes, no), List.of(v.numerator(), rest),
                List.of(Formats.count(v.numerator()), Formats.count(rest)), centre,
                Formats.ofTotal(v.numerator(), v.denominator()), false);
        String caption = Formats.count(v.numerator()) + " of " + Formats.count(v.denominator()) + " "
                + m.denominator() + (v.value() == null ? "" : " (" + Formats.percent(v.value()) + ")") + ": "
                + m.numerator() + "; the other " + Formats.count(rest) + " were not.";
        return Optional.of(new Figure(r.id(), title(r, ""), data, caption, true));
    }

    // --- BND

    Figure bands(ShownResult r, ShownResult.Breakdown b) {
        List<String> categories = new ArrayList<>();
        List<Long> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> uppers = new ArrayList<>();
        String unknown = "";
        for (Shown v : b.values()) {
            if (v.group().equalsIgnoreCase(UNKNOWN)) {
                if (v.numerator() > 0 || v.suppressed()) {
                    unknown = " Duration unknown: " + count(v) + " (not drawn).";
                }
                continue;
            }
            categories.add(v.group());
            bars.add(bar(v));
            labels.add(count(v));
            uppers.add(upper(v.group()));
            parts.add(v.group() + ": " + count(v) + (v.suppressed() || v.denominator() == null || v.value() == null
                    ? "" : " (" + Formats.percent(v.value()) + ")"));
        }
        Optional<BarChartData.Threshold> threshold = Optional.empty();
        String within = "";
        // an indicator from a return has no Annex A list (source null), and Map.of refuses a null key
        AnnexAList source = r.metadata().source();
        Integer timescale = source != null && b.name().toLowerCase(Locale.ROOT).contains("working day")
                ? WORKING_DAY_TIMESCALES.get(source) : null;
        if (timescale != null) {
            int lastWithin = -1;
            for (int i = 0; i < uppers.size(); i++) {
                if (uppers.get(i) != null && uppers.get(i) <= timescale) {
                    lastWithin = i;
                }
            }
            if (lastWithin >= 0 && lastWithin < categories.size() - 1 && uppers.get(lastWithin) == timescale) {
                String marker = timescale + " working days";
                threshold = Optional.of(new BarChartData.Threshold(lastWithin, marker, "Within " + marker,
                        "Over " + marker));
                within = within(b, lastWithin, marker);
            }
        }
        String caption = Formats.capitalised(r.metadata().numerator()) + " by " + b.name() + ": "
                + String.join("; ", parts) + "." + within + quartiles(r) + unknown;
        BarChartData data = new BarChartData(Formats.capitalised(b.name()), "Number", categories,
                List.of(new BarChartData.Series("Number", bars, labels)), false, threshold);
        return new Figure(r.id(), title(r, b.name()), data, caption, false);
    }

    /** " 412 of 480 (85.8%) within 45 working days." from the bands up to the marker. */
    private static String within(ShownResult.Breakdown b, int lastWithin, String marker) {
        long in = 0;
        long all = 0;
        boolean withheld = false;
        int i = 0;
        for (Shown v : b.values()) {
            if (v.group().equalsIgnoreCase(UNKNOWN)) {
                continue;
            }
            withheld |= v.suppressed();
            all += v.numerator();
            if (i <= lastWithin) {
                in += v.numerator();
            }
            i++;
        }
        if (withheld) {
            return " The share within " + marker + " is not worked out here because some bands are withheld.";
        }
        return " " + Formats.ofTotalWithPercent(in, all) + " within " + marker + ".";
    }

    private String quartiles(ShownResult r) {
        if (r.metadata().unit() != Unit.DAYS || r.headline().isEmpty()) {
            return "";
        }
        Shown median = r.headline().get();
        if (median.suppressed() || median.value() == null) {
            return median.suppressed() ? " Median withheld (small numbers)." : "";
        }
        StringBuilder s = new StringBuilder(" Median ").append(Formats.number(median.value(), Unit.DAYS));
        r.breakdown(QUARTILE).ifPresent(q -> {
            List<String> values = q.values().stream().filter(v -> !v.suppressed() && v.value() != null)
                    .map(v -> v.group() + " " + Formats.number(v.value(), Unit.DAYS)).toList();
            if (!values.isEmpty()) {
                s.append("; ").append(String.join(", ", values));
            }
        });
        return s.append(" (of ").append(Formats.count(median.numerator())).append(").").toString();
    }

    /** The upper end of a band label ("41 to 45" → 45, "same day" → 0), or null for an open or unreadable band. */
    static Integer upper(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("same day")) {
            return 0;
        }
        if (l.contains("over") || l.contains("+") || l.contains("more")) {
            return null;
        }
        Matcher m = NUMBER.matcher(l);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group());
        }
        if (last != null && l.startsWith("under")) {
            return last - 1;
        }
        return last;
    }

    // --- PYR

    Figure pyramid(ShownResult r, ShownResult.Breakdown b) {
        Map<String, Shown[]> rows = new LinkedHashMap<>();
        long[] otherGender = new long[2];
        long[] unknownAge = new long[2];
        for (Shown v : b.values()) {
            String age = VariantView.age(v);
            String gender = VariantView.gender(v).toLowerCase(Locale.ROOT);
            int side = gender.equals("male") ? 0 : gender.equals("female") ? 1 : -1;
            if (side < 0 || age.equalsIgnoreCase(UNKNOWN)) {
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
        boolean internal = model.variant.isInternal();
        long all = r.headline().map(Shown::numerator).orElse(maleTotal + femaleTotal);
        String maleTitle = internal ? "Male " + Formats.count(maleTotal) + share(maleTotal, all) : "Male";
        String femaleTitle = internal ? "Female " + Formats.count(femaleTotal) + share(femaleTotal, all) : "Female";
        PyramidData data = new PyramidData(kept, male, maleLabels, female, femaleLabels, maleTitle, femaleTitle);
        String caption = Formats.capitalised(r.metadata().numerator()) + " by age and gender. "
                + maleTitle + " by age: " + String.join(", ", maleParts) + ". " + femaleTitle + " by age: "
                + String.join(", ", femaleParts) + "."
                + notDrawn(otherGender, "gender other or unknown") + notDrawn(unknownAge, "age unknown")
                + (internal ? "" : " Ages are grouped into bands in this shareable version.");
        return new Figure(r.id(), title(r, "age and gender"), data, caption, false);
    }

    /** " Not drawn: gender other or unknown, 120." or, where a group in it is withheld, no number. */
    private static String notDrawn(long[] sum, String what) {
        if (sum[0] == 0 && sum[1] == 0) {
            return "";
        }
        return " Not drawn: " + what + (sum[1] > 0 ? " (includes groups withheld under the small-number rule)."
                : ", " + Formats.count(sum[0]) + ".");
    }

    private static String share(long part, long all) {
        return all == 0 ? "" : " (" + Formats.percent(100.0 * part / all) + ")";
    }

    private static boolean empty(Shown[] pair) {
        for (Shown v : pair) {
            if (v != null && (v.numerator() > 0 || v.suppressed())) {
                return false;
            }
        }
        return true;
    }

    // --- ETH

    Figure ethnicity(ShownResult r, ShownResult.Breakdown groups, List<ShownResult.Breakdown> usable) {
        Map<String, Long> population = new LinkedHashMap<>();
        model.input.populationByEthnicGroup().forEach((k, v) -> population.put(k.toLowerCase(Locale.ROOT), v));
        long populationTotal = population.values().stream().mapToLong(Long::longValue).sum();
        boolean withPopulation = populationTotal > 0;
        long total = base(r, groups);
        List<List<String>> rows = new ArrayList<>();
        for (Shown v : groups.values()) {
            List<String> row = new ArrayList<>(List.of(group(v.group()), count(v), share(v, total)));
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
        String codes = usable.stream().filter(b -> b != groups && b.name().toLowerCase(Locale.ROOT).contains("ethnic"))
                .findFirst().map(b -> " By " + b.name() + " (codes with any): " + String.join("; ", b.values().stream()
                        .filter(v -> v.suppressed() || v.numerator() > 0).map(v -> v.group() + " " + count(v)).toList())
                        + ".").orElse("");
        String caption = Formats.capitalised(r.metadata().numerator()) + ", by " + groups.name() + ": the number and"
                + " share of " + (r.headline().map(h -> h.suppressed() ? SmallNumbers.SHOWN_AS : Formats.count(total))
                .orElse(Formats.count(total))) + "."
                + (withPopulation ? " The last column is the share of the LA's children aged 0 to 17 in each group."
                : " The LA's child population by ethnic group is not configured, so there is no population column.")
                + codes;
        return new Figure(r.id(), title(r, groups.name()), new Figure.TableData(headers, rows, numeric, widths),
                caption, false);
    }

    // --- any other breakdown

    Figure table(ShownResult r, ShownResult.Breakdown b) {
        Unit unit = r.metadata().unit();
        boolean many = b.values().size() > 8;
        long total = base(r, b);
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
            String group = group(CodeLabels.labelled(b.name(), v.group()));
            if (shares) {
                rows.add(List.of(group, count(v), share(v, total)));
            } else {
                rows.add(List.of(group, value(v, unit), Formats.basis(v, unit)));
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
                ? "each group's own median, and how many it is of" : r.isAnnualisedRate()
                ? "each group's rate for a year, annualised (twice the count in six months)" : "each group's figure")
                + (none.isEmpty() ? "." : "; none in " + String.join(", ", none) + ".");
        return new Figure(r.id(), title(r, b.name()), new Figure.TableData(headers, rows, List.of(false, true, true),
                List.of(44f, 26f, 30f)), caption, true);
    }

    /** "contacts" from "contacts dated in the window": the noun an axis needs. */
    static String shortName(String numerator) {
        String[] words = numerator.split(" ");
        return words.length == 0 ? numerator : words[0];
    }
}
