package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.percent;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;

class TrendTest {

    static final LocalDate T = ReportFixture.T;
    final VariantView internal = new VariantView(ReportVariant.INTERNAL);

    @Test
    void theChangeIsWorkedOutOnTheFiguresAsPrinted() {
        // 82.08% prints as 82.1%, 85.83% as 85.8%: the change reads +3.7 points, not +3.75
        Trend trend = trend(ReportFixture.ASSESSMENTS_IN_45, percent(ALL, ALL, 412, 480),
                period(2025, 2, 28, IndicatorResult.computed(ReportFixture.ASSESSMENTS_IN_45,
                        List.of(percent(ALL, ALL, 394, 480)))));
        Trend.Change change = trend.sinceLast().orElseThrow();
        assertThat(change.delta()).isEqualTo(3.7);
        assertThat(change.verdict()).isEqualTo(Trend.Verdict.IMPROVED);
        assertThat(Formats.change(change, Unit.PERCENT)).isEqualTo("+3.7 points");
        assertThat(change.previousEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aFallIsAnImprovementWhenLowerIsBetterAndNoVerdictWhenNeitherIs() {
        Trend down = trend(ReportFixture.PLANS_TWO_YEARS, percent(ALL, ALL, 3, 12), period(2025, 2, 28,
                IndicatorResult.computed(ReportFixture.PLANS_TWO_YEARS, List.of(percent(ALL, ALL, 3, 10)))));
        assertThat(down.sinceLast().orElseThrow().verdict()).isEqualTo(Trend.Verdict.IMPROVED);
        Trend contextual = trend(ReportFixture.RE_REFERRALS, percent(ALL, ALL, 30, 100), period(2025, 2, 28,
                IndicatorResult.computed(ReportFixture.RE_REFERRALS, List.of(percent(ALL, ALL, 20, 100)))));
        assertThat(contextual.sinceLast().orElseThrow().verdict()).isEqualTo(Trend.Verdict.NONE);
    }

    @Test
    void aPeriodWithoutTheIndicatorIsAGapAndTheChangeNeedsTheLastPeriod() {
        Trend trend = trend(ReportFixture.ASSESSMENTS_IN_45, percent(ALL, ALL, 412, 480),
                period(2025, 1, 31, IndicatorResult.computed(ReportFixture.ASSESSMENTS_IN_45,
                        List.of(percent(ALL, ALL, 390, 470)))),
                period(2025, 2, 28, IndicatorResult.notComputed(ReportFixture.ASSESSMENTS_IN_45,
                        IndicatorStatus.LIST_NOT_SUPPLIED, "not supplied")));
        assertThat(trend.points()).hasSize(3);
        assertThat(trend.points().get(1).value()).isEmpty();
        assertThat(trend.sinceLast()).isEmpty();
        assertThat(trend.isDrawable()).isTrue();
    }

    @Test
    void theShareableReportDoesNotShowAChangeFromAWithheldFigure() {
        VariantView shareable = new VariantView(ReportVariant.SHAREABLE);
        ShownResult now = shareable.show(IndicatorResult.computed(ReportFixture.PLANS_TWO_YEARS,
                List.of(percent(ALL, ALL, 6, 12))));
        Trend trend = Trend.of(now, T, List.of(period(2025, 2, 28, IndicatorResult.computed(ReportFixture.PLANS_TWO_YEARS,
                List.of(percent(ALL, ALL, 3, 10))))), shareable);
        assertThat(trend.points().get(0).withheld()).isTrue();
        assertThat(trend.sinceLast()).isEmpty();
    }

    @Test
    void historyKeepsTheLatestTwelveEarlierPeriodsOldestFirst() {
        List<PeriodResults> history = new java.util.ArrayList<>();
        for (int m = 1; m <= 15; m++) {
            history.add(new PeriodResults(T.minusMonths(m), List.of()));
        }
        history.add(new PeriodResults(T, List.of()));
        ReportInput input = ReportFixture.input().withHistory(history);
        assertThat(input.history()).hasSize(12);
        assertThat(input.history().get(0).periodEnd()).isEqualTo(T.minusMonths(12));
        assertThat(input.history().get(11).periodEnd()).isEqualTo(T.minusMonths(1));
    }

    @Test
    void aPeriodWhoseSettingOrInputsChangedFromThePeriodBeforeIsMarkedWithWhy() {
        // ASM-02 reads List 4; CP-06's List 7 coming and going is not its concern
        IndicatorResult earlier = IndicatorResult.computed(ReportFixture.ASSESSMENTS_IN_45,
                List.of(percent(ALL, ALL, 390, 470)));
        PeriodBasis jan = basis("45 working days", "List 4 (Assessments)");
        PeriodBasis feb = basis("45 working days", "List 4 (Assessments)", "List 7 (Child protection)");
        PeriodBasis mar = basis("40 working days", "List 4 (Assessments)");
        PeriodBasis now = basis("40 working days", "List 4 (Assessments) (not supplied)");
        Trend trend = Trend.of(internal.show(IndicatorResult.computed(ReportFixture.ASSESSMENTS_IN_45,
                List.of(percent(ALL, ALL, 412, 480)))), T, now, List.of(
                new PeriodResults(LocalDate.of(2025, 1, 31), List.of(earlier), jan),
                new PeriodResults(LocalDate.of(2025, 2, 28), List.of(earlier), feb),
                new PeriodResults(LocalDate.of(2025, 3, 31), List.of(earlier), mar)), internal);
        assertThat(trend.points()).extracting(Trend.Point::basisChange).containsExactly(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of("a setting changed (45 working days, then 40 working days)"),
                java.util.Optional.of("a different set of lists or tables was read"));
        assertThat(Trend.of(internal.show(earlier), T, List.of(new PeriodResults(LocalDate.of(2025, 1, 31),
                List.of(earlier))), internal).points()).as("a basis not known marks nothing")
                .allMatch(p -> p.basisChange().isEmpty());
    }

    private static PeriodBasis basis(String setting, String... inputs) {
        return new PeriodBasis(true, java.util.Map.of(ReportFixture.ASSESSMENTS_IN_45.id(), setting),
                java.util.Set.of(inputs));
    }

    private Trend trend(uk.chatbatch.indicators.IndicatorMetadata m, uk.chatbatch.indicators.IndicatorValue now,
                        PeriodResults... earlier) {
        return Trend.of(internal.show(IndicatorResult.computed(m, List.of(now))), T, List.of(earlier), internal);
    }

    private static PeriodResults period(int y, int m, int d, IndicatorResult result) {
        return new PeriodResults(LocalDate.of(y, m, d), List.of(result));
    }
}
