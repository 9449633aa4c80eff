package uk.chatbatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;

/**
 * Everything one variant of the report prints, worked out before a page is drawn: each result as the
 * variant may show it, its comparison with England, its trend, and the notes. For the shareable variant the
 * small-number rule is applied here, so a failure stops the report before any byte is written.
 */
final class ReportModel {

    /** A percentage out of fewer than this many is flagged as resting on small numbers. */
    static final int SMALL_BASE = 20;
    /** A benchmark this many years older than the period is flagged as old. */
    static final int OLD_BENCHMARK_YEARS = 3;

    final ReportInput input;
    final ReportVariant variant;
    final ReportingPeriod period;
    final List<ShownResult> results;
    final Map<String, Comparison> comparisons = new LinkedHashMap<>();
    final Map<String, Trend> trends = new LinkedHashMap<>();
    /** The benchmarks that name no indicator, each set against the LA's figure for the same measure or not. */
    final List<PartComparison> parts;
    final Notes notes = new Notes();
    final List<AnnexAList> listsPresent = new ArrayList<>();
    /** Each Annex A measure beside its return's version, as this variant may print it. */
    final List<ShownReconciliation> reconciliation;
    /** Parts of the report that threw while being drawn, each drawn as "could not be drawn" in its place. */
    final NotDrawn notDrawn = new NotDrawn();
    /** The note that states the small-number rule (shareable only), or 0. */
    int suppressionNote;

    private ReportModel(ReportInput input) {
        this.input = input;
        this.variant = input.variant();
        this.period = input.context().period();
        VariantView view = new VariantView(variant);
        List<ShownResult> shown = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (IndicatorResult result : input.indicators()) {
            settings.put(result.metadata().id(), input.context().settings().describe(result.metadata().settings()));
        }
        PeriodBasis basis = PeriodBasis.of(settings, input.ingest());
        for (IndicatorResult result : input.indicators()) {
            ShownResult r = withSettingsFilledIn(view.show(result), input.context().settings());
            shown.add(r);
            comparisons.put(r.id(), Comparison.with(r, input.benchmarks()));
            trends.put(r.id(), Trend.of(r, input.periodEnd(), basis, input.history(), view));
        }
        this.results = List.copyOf(shown);
        this.parts = PartComparison.all(results, input.benchmarks(), input.context().population().aged0to17());
        this.reconciliation = input.reconciliation().stream().map(m -> ShownReconciliation.of(m, variant)).toList();
        for (AnnexAList list : AnnexAList.values()) {
            if (input.data().isAvailable(list)) {
                listsPresent.add(list);
            }
        }
        writeNotes();
    }

    /**
     * The definition's text with its setting's value in place of the placeholder: "within N working days"
     * reads "within 10 working days" when the indicator has one setting in working days and it is 10.
     */
    static ShownResult withSettingsFilledIn(ShownResult r, IndicatorSettings settings) {
        IndicatorMetadata m = r.metadata();
        String numerator = m.numerator();
        String denominator = m.denominator();
        String window = m.window();
        String definition = m.definition();
        for (IndicatorSetting setting : m.settings()) {
            if (m.settings().stream().filter(s -> s.unit().equals(setting.unit())).count() != 1) {
                continue;
            }
            String placeholder = " N " + setting.unit();
            String filled = " " + settings.value(setting) + " " + setting.unit();
            numerator = numerator.replace(placeholder, filled);
            denominator = denominator.replace(placeholder, filled);
            window = window.replace(placeholder, filled);
            definition = definition.replace(placeholder, filled);
        }
        if (numerator.equals(m.numerator()) && denominator.equals(m.denominator()) && window.equals(m.window())
                && definition.equals(m.definition())) {
            return r;
        }
        IndicatorMetadata filledIn = m.withWording(definition, numerator, denominator, window);
        return new ShownResult(filledIn, r.status(), r.message(), r.headline(), r.breakdowns());
    }

    static ReportModel of(ReportInput input) {
        return new ReportModel(input);
    }

    /** Indicators computed from the list, in catalogue order. */
    List<ShownResult> resultsFor(AnnexAList list) {
        return results.stream().filter(r -> r.metadata().source() == list).toList();
    }

    /** Indicators computed from a statutory return ("SSDA903" or "CIN census"), in catalogue order. */
    List<ShownResult> resultsFromReturn(String returnName) {
        return results.stream().filter(r -> r.metadata().fromReturns() && (returnName.equals("SSDA903")
                ? r.metadata().needsSsda903() : r.metadata().needsCinCensus())).toList();
    }

    /** The headline tiles: indicators whose chart is the KPI tile, computed. */
    List<ShownResult> headlines() {
        return results.stream().filter(r -> r.metadata().chart() == ChartType.KPI && r.isComputed()
                && r.headline().isPresent()).toList();
    }

    List<ShownResult> notComputed() {
        return results.stream().filter(r -> !r.isComputed()).toList();
    }

    Comparison comparison(String id) {
        return comparisons.get(id);
    }

    /** The parts of measures compared with England whose indicator belongs to the theme. */
    List<PartComparison> comparedParts(Theme theme) {
        return parts.stream().filter(p -> p.isCompared() && p.theme().orElse(null) == theme).toList();
    }

    Trend trend(String id) {
        return trends.get(id);
    }

    private void writeNotes() {
        IndicatorSettings settings = input.context().settings();
        InputData data = input.data();

        if (!variant.isInternal()) {
            List<String> withheld = results.stream().filter(r -> r.isComputed() && r.headline().isPresent()
                    && r.headline().get().suppressed()).map(ShownResult::id).toList();
            suppressionNote = notes.add("Small numbers withheld", SmallNumbers.RULE
                    + (withheld.isEmpty() ? " No headline figure is withheld."
                    : " Headline figures withheld: " + String.join(", ", withheld) + "."), withheld, false);
        }

        for (AnnexAList list : AnnexAList.values()) {
            if (data.isAvailable(list)) {
                continue;
            }
            List<String> ids = results.stream().filter(r -> r.metadata().lists().contains(list)).map(ShownResult::id)
                    .toList();
            String reason = data.unavailableReason(list).orElse(InputData.NOT_SUPPLIED);
            String what = InputData.NOT_SUPPLIED.equals(reason) ? " was not supplied"
                    : " could not be used: " + reason.replaceFirst("^skipped:?\\s*", "");
            notes.add(list.label() + " missing", list.label() + what + "."
                    + (ids.isEmpty() ? "" : " Not computed from it: " + String.join(", ", ids) + "."), ids, false);
        }

        List<String> noPopulation = ids(r -> r.status() == IndicatorStatus.POPULATION_NOT_CONFIGURED);
        notes.add("Population not configured", "Rates per 10,000 children need the LA's population aged 0 to 17"
                + " (ONS mid-year estimate) in the job file under population: aged_0_to_17. It is not given, so these"
                + " are not computed: " + String.join(", ", noPopulation) + ".", noPopulation, true);

        for (ShownResult r : results) {
            if (r.status() == IndicatorStatus.FAILED) {
                notes.add(r.id() + " failed", r.id() + " could not be computed: " + r.message()
                        + ". The other indicators are unaffected.", List.of(r.id()), true);
            }
        }

        for (IndicatorSetting setting : IndicatorSetting.values()) {
            if (settings.isDefault(setting)) {
                continue;
            }
            List<String> ids = results.stream().filter(r -> r.metadata().settings().contains(setting))
                    .map(ShownResult::id).toList();
            notes.add("Setting changed", "The setting " + setting.key() + " is "
                    + settings.value(setting) + " " + setting.unit() + ", changed from the catalogue's default of "
                    + setting.defaultValue() + ". " + setting.description()
                    + " Figures using it may not match other LAs' or earlier reports.", ids, false);
        }

        List<String> small = ids(r -> r.isComputed() && r.metadata().unit() == Unit.PERCENT && r.headline().isPresent()
                && !r.headline().get().suppressed() && r.headline().get().denominator() != null
                && r.headline().get().denominator() > 0 && r.headline().get().denominator() < SMALL_BASE);
        notes.add("Small numbers", "These percentages are out of fewer than " + SMALL_BASE + " cases, so one case"
                + " moves them by 5 points or more: read them, and their comparison with England, with care: "
                + String.join(", ", small) + ".", small, true);

        List<String> counts = ids(r -> comparison(r.id()).england().isPresent()
                && !Comparison.comparable(r.metadata().unit(), comparison(r.id()).england().get().unit()));
        notes.add("Not compared with England", "England's published figure for these is a national count for a"
                + " year (or in another unit), so the LA's figure is not compared with it: "
                + String.join(", ", counts) + ".", counts, true);

        List<String> annualised = ids(r -> comparison(r.id()).annualised());
        notes.add("Annualised rates", "These rates count events over six months and are shown doubled (annualised),"
                + " as a rate for a year on the same basis as England's, which assumes the six months are typical"
                + " (the indicators dataset keeps the six months' own rate as basis = six months): "
                + String.join(", ", annualised) + ".", annualised, true);

        List<String> derived = ids(r -> comparison(r.id()).isCompared()
                && comparison(r.id()).england().map(b -> b.status().equals("derived")).orElse(false));
        notes.add("Derived England figures", "England's figure for these was worked out by us from DfE's published"
                + " counts (for example the sum of duration bands), not published as a headline by DfE: "
                + String.join(", ", derived) + ". Each one's working is in the Definitions.", derived, true);

        List<String> secondary = ids(r -> comparison(r.id()).isCompared()
                && comparison(r.id()).england().map(Benchmark::isSecondary).orElse(false));
        notes.add("Secondary England figures", "DfE's own release of England's figure for these was not captured, so"
                + " the figure is DfE's as a secondary source (a press or committee summary) quotes it, marked"
                + " \"secondary source\" wherever it is printed: " + String.join(", ", secondary) + ".", secondary, true);

        List<String> unverified = ids(r -> comparison(r.id()).england().map(Benchmark::isUnverified).orElse(false));
        notes.add("Unverified England figures", "England's figure for these is an approximation not yet checked"
                + " against DfE's release: it is printed, marked \"unverified\", but the LA is not rated against"
                + " it: " + String.join(", ", unverified) + ".", unverified, true);

        int periodYear = input.periodEnd().getYear();
        List<String> old = ids(r -> comparison(r.id()).isCompared() && comparison(r.id()).england()
                .map(b -> b.lastYear() < periodYear - OLD_BENCHMARK_YEARS).orElse(false));
        notes.add("Old England figures", "England's latest published figure for these is more than "
                + OLD_BENCHMARK_YEARS + " years older than this period, so the comparison may be out of date: "
                + String.join(", ", old) + ".", old, true);

        List<PeriodResults> history = input.history();
        if (history.isEmpty()) {
            notes.add("No earlier periods", "No earlier runs for this LA were available, so there are no trend lines"
                    + " and no changes since the last period.", List.of(), false);
        } else if (history.size() < ReportInput.HISTORY_PERIODS) {
            notes.add("Short history", "Trends use " + Formats.plural(history.size(), "earlier period", "earlier periods")
                    + " (" + Formats.date(history.get(0).periodEnd()) + " to "
                    + Formats.date(history.get(history.size() - 1).periodEnd()) + ") and this one; a full trend has "
                    + ReportInput.HISTORY_PERIODS + " earlier periods. Each period is the six months to its own period"
                    + " end, so neighbouring periods overlap.", List.of(), false);
        } else {
            notes.add("Trend periods", "Trends use the last " + ReportInput.HISTORY_PERIODS + " earlier periods ("
                    + Formats.date(history.get(0).periodEnd()) + " to "
                    + Formats.date(history.get(history.size() - 1).periodEnd()) + ") and this one. Each period is"
                    + " the six months to its own period end, so neighbouring periods overlap.", List.of(), false);
        }

        LocalDate first = period.windowFirstDay();
        List<String> monthly = ids(r -> r.breakdown("month").isPresent());
        if (first.getDayOfMonth() != 1 && !monthly.isEmpty()) {
            notes.add("Part months", "The window starts on " + Formats.date(first) + ", so its first month is a part"
                    + " month in the monthly charts of " + String.join(", ", monthly) + ".", monthly, true);
        }
    }

    private List<String> ids(java.util.function.Predicate<ShownResult> test) {
        return results.stream().filter(test).map(ShownResult::id).toList();
    }

    /** The benchmark used for an indicator, if it is shown at all. */
    Optional<Benchmark> england(String id) {
        return comparison(id).england();
    }

    static Optional<IndicatorMetadata> metadata(List<ShownResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).map(ShownResult::metadata).findFirst();
    }
}
