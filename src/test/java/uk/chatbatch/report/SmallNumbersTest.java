package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;
import static uk.chatbatch.report.ReportFixture.percent;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Unit;

/** The shareable report's small-number rule, one boundary per test, the expectation beside its row. */
class SmallNumbersTest {

    final VariantView shareable = new VariantView(ReportVariant.SHAREABLE);
    final VariantView internal = new VariantView(ReportVariant.INTERNAL);

    @Test
    void countsOfOneToFourAreWithheldAndZeroAndFiveAreShown() {
        assertThat(withheld(count(ALL, ALL, 0), Unit.COUNT)).isFalse();
        assertThat(withheld(count(ALL, ALL, 1), Unit.COUNT)).isTrue();
        assertThat(withheld(count(ALL, ALL, 4), Unit.COUNT)).isTrue();
        assertThat(withheld(count(ALL, ALL, 5), Unit.COUNT)).isFalse();
    }

    @Test
    void aPercentageIsWithheldOnlyWhenItsCountOrItsBaseIsSmall() {
        assertThat(withheld(percent(ALL, ALL, 3, 40), Unit.PERCENT)).as("3 of 40: the count").isTrue();
        assertThat(withheld(percent(ALL, ALL, 0, 4), Unit.PERCENT)).as("0 of 4: the base").isTrue();
        assertThat(withheld(percent(ALL, ALL, 37, 40), Unit.PERCENT)).as("37 of 40: 3 are not, but 37 is no small"
                + " number").isFalse();
        assertThat(withheld(percent(ALL, ALL, 499, 500), Unit.PERCENT)).as("a 99.8% review rate").isFalse();
        assertThat(withheld(percent(ALL, ALL, 40, 40), Unit.PERCENT)).as("40 of 40").isFalse();
        assertThat(withheld(percent(ALL, ALL, 5, 5), Unit.PERCENT)).as("5 of 5: the boundary").isFalse();
        assertThat(withheld(percent(ALL, ALL, 0, 0), Unit.PERCENT)).as("no cases").isFalse();
    }

    @Test
    void aLargeGroupBesideASmallOneIsShownWhenAnotherGroupCanProtectIt() {
        // the report once showed 176 boys on a plan as <5 because the other 4 of 180 were few
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CONTACT_SOURCES, List.of(
                percent(ALL, ALL, 180, 180),
                percent("gender", "male", 176, 180),            // shown: 97.8%
                percent("gender", "female", 2, 180),            // withheld: 2
                percent("gender", "other or unknown", 2, 180)))); // withheld: 2, so neither needs another
        assertThat(suppressed(r, "gender")).containsExactly(false, true, true);
        assertThat(r.breakdown("gender").orElseThrow().secondary()).isEmpty();
    }

    @Test
    void aRateIsWithheldOnItsCountNotOnThePopulation() {
        assertThat(withheld(ReportFixture.rate(ALL, ALL, 4, 63_000, 1), Unit.RATE_PER_10000)).isTrue();
        assertThat(withheld(ReportFixture.rate(ALL, ALL, 5, 63_000, 1), Unit.RATE_PER_10000)).isFalse();
        assertThat(withheld(ReportFixture.rate("basis", "annualised", 62_999, 63_000, 2), Unit.RATE_PER_10000))
                .as("the population less the count is not a group of children").isFalse();
    }

    @Test
    void aMedianOfFewerThanFiveIsWithheld() {
        assertThat(withheld(new IndicatorValue(ALL, ALL, 4, null, 33.0), Unit.DAYS)).isTrue();
        assertThat(withheld(new IndicatorValue(ALL, ALL, 5, null, 33.0), Unit.DAYS)).isFalse();
    }

    @Test
    void aLoneWithheldGroupTakesTheSmallestOtherNonZeroGroupWithIt() {
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CONTACTS, List.of(count(ALL, ALL, 1234),
                count("gender", "male", 610), // withheld with it: the smallest other group that is not zero
                count("gender", "female", 620),
                count("gender", "other or unknown", 4)))); // withheld: 4
        assertThat(suppressed(r, "gender")).containsExactly(true, false, true);
        assertThat(r.breakdown("gender").orElseThrow().secondary()).as("stated in the caption").containsExactly("male");
    }

    @Test
    void aZeroIsNotChosenToProtectAnotherGroup() {
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CONTACT_SOURCES, List.of(
                percent(ALL, ALL, 1000, 1000),
                percent("source group", "police", 600, 1000),
                percent("source group", "housing", 0, 1000),   // zero: shown
                percent("source group", "anonymous", 2, 1000), // withheld: 2
                percent("source group", "schools", 398, 1000)))); // withheld with it
        assertThat(suppressed(r, "source group")).containsExactly(false, false, true, true);
    }

    @Test
    void twoWithheldGroupsNeedNoMore() {
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CONTACTS, List.of(count(ALL, ALL, 20),
                count("gender", "male", 16), count("gender", "female", 2), count("gender", "other or unknown", 2))));
        assertThat(suppressed(r, "gender")).containsExactly(false, true, true);
    }

    @Test
    void teamAndWorkerBreakdownsAreLeftOutOfTheShareableReport() {
        IndicatorResult result = IndicatorResult.computed(ReportFixture.RE_REFERRALS, List.of(
                percent(ALL, ALL, 270, 1234), percent("team", "North", 150, 700), percent("worker", "A. Quill", 140, 600)));
        assertThat(shareable.show(result).breakdowns()).isEmpty();
        assertThat(internal.show(result).breakdowns()).extracting(ShownResult.Breakdown::name)
                .containsExactly("team", "worker");
    }

    @Test
    void theInternalReportWithholdsNothing() {
        ShownResult r = internal.show(IndicatorResult.computed(ReportFixture.DISABLED_CIN, List.of(percent(ALL, ALL, 3, 40))));
        assertThat(r.headline().orElseThrow().suppressed()).isFalse();
    }

    @Test
    void aPercentageWithoutItsBaseCannotBeCheckedSoTheReportFailsClosed() {
        IndicatorResult broken = new IndicatorResult(ReportFixture.DISABLED_CIN, IndicatorStatus.COMPUTED, "",
                List.of(new IndicatorValue(ALL, ALL, 30, null, 75.0)));
        assertThatThrownBy(() -> shareable.show(broken)).isInstanceOf(SuppressionFailedException.class)
                .hasMessageContaining("the shareable report was not written").hasMessageContaining("CIN-06");
    }

    @Test
    void aNegativeOrImpossibleCountFailsClosed() {
        assertThatThrownBy(() -> shareable.show(IndicatorResult.computed(ReportFixture.CLA,
                List.of(count(ALL, ALL, -1))))).isInstanceOf(SuppressionFailedException.class);
        assertThatThrownBy(() -> shareable.show(IndicatorResult.computed(ReportFixture.DISABLED_CIN,
                List.of(new IndicatorValue(ALL, ALL, 50, 40L, 125.0))))).isInstanceOf(SuppressionFailedException.class);
    }

    @Test
    void aLoneSmallGroupBesideOnlyZerosTakesAZeroWithIt() {
        IndicatorResult result = IndicatorResult.computed(ReportFixture.CLA, List.of(count(ALL, ALL, 300),
                count("legal status", "C2", 3),  // withheld: 3
                count("legal status", "E1", 0))); // withheld with it: there is nothing else
        ShownResult r = shareable.show(result);
        assertThat(suppressed(r, "legal status")).containsExactly(true, true);
        assertThat(r.breakdown("legal status").orElseThrow().wholeWithheld()).isFalse();
    }

    @Test
    void aBreakdownOfOneSmallGroupIsWithheldWholeAndTheTotalKept() {
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CLA, List.of(count(ALL, ALL, 300),
                count("legal status", "C2", 3))));
        assertThat(r.headline().orElseThrow().suppressed()).isFalse();
        assertThat(suppressed(r, "legal status")).containsExactly(true);
        assertThat(r.breakdown("legal status").orElseThrow().wholeWithheld()).isTrue();
    }

    @Test
    void anAgePyramidIsBandedBeforeTheRuleIsApplied() {
        List<IndicatorValue> values = new java.util.ArrayList<>(List.of(count(ALL, ALL, 14)));
        for (int age = 0; age < 5; age++) {
            values.add(count("age and gender", age + " / male", 2));   // 1 to 4: 8 in the band
            values.add(count("age and gender", age + " / female", age == 0 ? 6 : 0)); // under 1: 6
        }
        ShownResult r = shareable.show(IndicatorResult.computed(ReportFixture.CONTACT_AGES, values));
        List<Shown> banded = r.breakdown("age and gender").orElseThrow().values();
        assertThat(banded).filteredOn(v -> v.group().equals("1 to 4 / male")).singleElement()
                .satisfies(v -> assertThat(v.numerator()).isEqualTo(8)).satisfies(v -> assertThat(v.suppressed()).isFalse());
        assertThat(banded).filteredOn(v -> v.group().equals("under 1 / male")).singleElement()
                .satisfies(v -> assertThat(v.suppressed()).isTrue());
    }

    private boolean withheld(IndicatorValue v, Unit unit) {
        return SmallNumbers.withheld("TEST", Shown.of(v), unit);
    }

    private static List<Boolean> suppressed(ShownResult r, String breakdown) {
        return r.breakdown(breakdown).orElseThrow().values().stream().map(Shown::suppressed).toList();
    }
}
