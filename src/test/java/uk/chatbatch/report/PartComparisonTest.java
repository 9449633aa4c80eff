package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.benchmarks.BenchmarkMeasure;
import uk.chatbatch.benchmarks.BenchmarkMeasures;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/** England figures that are part of a measure (a category's share, a yearly rate), set against the LA's or not. */
class PartComparisonTest {

    static final IndicatorMetadata PLANS_BY_CATEGORY = ReportFixture.metadata("CP-03", "Plans by category",
            "plans open at the period end", "", AnnexAList.CHILD_PROTECTION, Unit.COUNT, Polarity.CONTEXTUAL,
            ChartType.SRC, List.of("initial category"));
    static final IndicatorMetadata PLANS_STARTED = ReportFixture.metadata("CP-02", "Plans started",
            "plans started in the window", "", AnnexAList.CHILD_PROTECTION, Unit.COUNT, Polarity.CONTEXTUAL,
            ChartType.KPI, List.of("initial category"));
    static final IndicatorMetadata CONFERENCES = ReportFixture.metadata("S47-06", "Conferences held",
            "conferences in the window", "", AnnexAList.SECTION_47, Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI,
            List.of());

    private final Benchmarks england = Benchmarks.bundled();

    @Test
    void everyBenchmarkWhoseIdNamesNoIndicatorIsDeclaredForEachOfItsBases() {
        Set<String> indicators = IndicatorCatalogue.discover().definitions().stream().map(IndicatorMetadata::id)
                .collect(Collectors.toSet());
        Set<String> declared = BenchmarkMeasures.bundled().stream()
                .map(m -> m.benchmarkId() + " | " + m.benchmarkUnit()).collect(Collectors.toSet());
        Set<String> orphans = england.all().stream().filter(b -> !indicators.contains(b.indicatorId())
                        && !b.status().equals(Benchmark.THRESHOLD))
                .map(b -> b.indicatorId() + " | " + b.unit()).collect(Collectors.toSet());
        assertThat(declared).containsAll(orphans);
        assertThat(orphans).as("the issue's list, CP-03S on both its bases").contains(
                "ASM-03M | mean days per assessment", "CP-12A | percent of CP plans ending in year that lasted 3 months"
                        + " or less", "CP-03S | percent of CP plan starts with initial category sexual abuse",
                "CP-03S | percent of CP plans at 31 March with initial category sexual abuse");
        for (BenchmarkMeasure m : BenchmarkMeasures.bundled()) {
            assertThat(indicators).as(m.benchmarkId() + " names an indicator").contains(m.indicatorId());
            assertThat(m.isCompared() ? m.basis() : m.notComparedBecause()).as(m.benchmarkId()
                    + " says its basis or why not").isNotBlank();
        }
    }

    @Test
    void aCategorysShareOfPlansAtThePeriodEndIsSetAgainstEnglandsPlansAt31March() {
        List<ShownResult> results = shown(PLANS_BY_CATEGORY, count(ALL, ALL, 25), count("initial category", "NEG", 17),
                count("initial category", "SAB", 1), count("initial category", "MUL", 0));
        // row: category | LA share | England (2020, plans at 31 March) | verdict
        assertThat(part("CP-03N", "plans at 31 March", results)).satisfies(p -> {
            assertThat(p.laText()).isEqualTo("68.0%");
            assertThat(p.laBasisText()).isEqualTo("17 of 25");
            assertThat(p.england().orElseThrow().value()).isEqualTo(50.5);
            assertThat(p.rating()).as("no better direction for a category's share").isEqualTo(Comparison.Rating.HIGHER);
            assertThat(p.sentence()).isEqualTo("Higher than England. Basis: plans open at the period end, by initial"
                    + " category; England's are plans open at 31 March.");
            assertThat(BenchmarkText.valueAndYear(p.england().get(), p.unit(), 2026))
                    .isEqualTo("50.5% (2020, more than 3 years old)");
        });
        assertThat(part("CP-03S", "plans at 31 March", results).rating()).as("4.0% vs 3.8%: within 2 points")
                .isEqualTo(Comparison.Rating.SIMILAR);
        assertThat(part("CP-03M", "plans at 31 March", results).rating()).as("0.0% vs 2.6%")
                .isEqualTo(Comparison.Rating.LOWER);
        assertThat(part("CP-03S", "plan starts", results).why()).as("plan starts are CP-02's, not computed here")
                .startsWith("CP-02 was not computed");
    }

    @Test
    void planStartsAreSetAgainstEnglandsPlanStartsNotItsPlansAt31March() {
        List<ShownResult> results = shown(PLANS_STARTED, count(ALL, ALL, 19), count("initial category", "SAB", 2));
        PartComparison starts = part("CP-03S", "plan starts", results);
        assertThat(starts.england().orElseThrow().year()).isEqualTo("2025");
        assertThat(starts.laText()).isEqualTo("10.5%");
        assertThat(starts.rating()).isEqualTo(Comparison.Rating.HIGHER);
        assertThat(starts.sentence()).contains("plans started in the six months", "England's are plan starts");
    }

    @Test
    void aSixMonthCountIsAYearlyRateOnlyWithAPopulation() {
        List<ShownResult> results = shown(CONFERENCES, count(ALL, ALL, 20));
        PartComparison rate = PartComparison.of(measure("S47-06R", ""), results, england, OptionalLong.of(52_000));
        assertThat(rate.laText()).as("20 doubled, per 10,000 of 52,000").isEqualTo("7.7");
        assertThat(rate.rating()).as("7.7 against England's 63.2").isEqualTo(Comparison.Rating.LOWER);
        assertThat(rate.laBasisText()).isEqualTo("per 10,000 children (20 in six months)");
        PartComparison none = PartComparison.of(measure("S47-06R", ""), results, england, OptionalLong.empty());
        assertThat(none.isCompared()).isFalse();
        assertThat(none.sentence()).contains("no population aged 0 to 17 was given", "run --population");
    }

    @Test
    void aMeasureTheProductDoesNotComputeListsEnglandsFigureAndSaysWhy() {
        PartComparison mean = PartComparison.of(measure("ASM-03M", ""), List.of(), england, OptionalLong.empty());
        assertThat(mean.isCompared()).isFalse();
        assertThat(BenchmarkText.valueAndYear(mean.england().orElseThrow(), mean.unit(), 2026))
                .as("in days, not as a percentage").isEqualTo("33 days (2023, secondary source)");
        assertThat(mean.sentence()).isEqualTo("Not compared: the product measures assessment duration as a median in"
                + " working days (ASM-03), not a mean in calendar days.");
        assertThat(PartComparison.of(measure("CL-08", ""), List.of(), england, OptionalLong.empty()).sentence())
                .contains("aged 19 to 21", "not those aged exactly 22");
    }

    @Test
    void aWithheldCategoryIsNotCompared() {
        ShownResult withheld = new VariantView(ReportVariant.SHAREABLE).show(IndicatorResult.computed(
                PLANS_BY_CATEGORY, List.of(count(ALL, ALL, 25), count("initial category", "SAB", 2),
                        count("initial category", "NEG", 23))));
        PartComparison p = part("CP-03S", "plans at 31 March", List.of(withheld));
        assertThat(p.why()).isEqualTo("the LA's figure is withheld (small numbers)");
        assertThat(p.laText()).isEqualTo(SmallNumbers.SHOWN_AS);
        assertThat(p.laBasisText()).isEmpty();
    }

    private PartComparison part(String id, String unitContains, List<ShownResult> results) {
        return PartComparison.of(measure(id, unitContains), results, england, OptionalLong.empty());
    }

    private static BenchmarkMeasure measure(String id, String unitContains) {
        return BenchmarkMeasures.bundled().stream().filter(m -> m.benchmarkId().equals(id)
                && m.benchmarkUnit().contains(unitContains)).findFirst().orElseThrow();
    }

    private static List<ShownResult> shown(IndicatorMetadata m, IndicatorValue... values) {
        return List.of(new VariantView(ReportVariant.INTERNAL).show(IndicatorResult.computed(m, List.of(values))));
    }
}
