package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;
import static uk.chatbatch.report.ReportFixture.percent;
import static uk.chatbatch.report.ReportFixture.rate;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;

/**
 * Against the bundled England figures: ASM-02 85.7% (2025, higher is better), REF-02 22.6% (in a band),
 * CP-06 4.4% (lower is better), REF-01R 527 per 10,000 (2025), ASM-03 a median of 33 working days, REF-01 a
 * national count.
 */
class ComparisonTest {

    final Benchmarks england = Benchmarks.bundled();

    @Test
    void withinTwoPercentagePointsIsSimilarAndTheBoundaryCounts() {
        assertThat(rating(ReportFixture.ASSESSMENTS_IN_45, percent(ALL, ALL, 877, 1000))).as("87.7: +2.0 points")
                .isEqualTo(Comparison.Rating.SIMILAR);
        assertThat(rating(ReportFixture.ASSESSMENTS_IN_45, percent(ALL, ALL, 878, 1000))).as("87.8: +2.1 points")
                .isEqualTo(Comparison.Rating.BETTER);
        assertThat(rating(ReportFixture.ASSESSMENTS_IN_45, percent(ALL, ALL, 836, 1000))).as("83.6: −2.1 points")
                .isEqualTo(Comparison.Rating.WORSE);
    }

    @Test
    void betterAndWorseFollowPolarity() {
        assertThat(rating(ReportFixture.PLANS_TWO_YEARS, percent(ALL, ALL, 10, 100))).as("10% vs 4.4%, lower is better")
                .isEqualTo(Comparison.Rating.WORSE);
        assertThat(rating(ReportFixture.PLANS_TWO_YEARS, percent(ALL, ALL, 1, 100))).as("1% vs 4.4%")
                .isEqualTo(Comparison.Rating.BETTER);
    }

    @Test
    void anIndicatorWithNoBetterDirectionIsOnlyHigherOrLower() {
        assertThat(rating(ReportFixture.RE_REFERRALS, percent(ALL, ALL, 300, 1000))).as("30% vs 22.6%, in a band")
                .isEqualTo(Comparison.Rating.HIGHER);
        assertThat(rating(ReportFixture.RE_REFERRALS, percent(ALL, ALL, 100, 1000))).isEqualTo(Comparison.Rating.LOWER);
    }

    @Test
    void aSixMonthRatesAnnualisedHeadlineIsComparedAndSimilarIsWithinFivePercentOfEngland() {
        // 1,600 referrals in six months in 63,000 children: headline annualised 508 (254 over the six months);
        // England 527 (−3.6%)
        Comparison c = compare(ReportFixture.REFERRAL_RATE, rate(ALL, ALL, 1600, 63_000, 2),
                rate("basis", "six months", 1600, 63_000, 1));
        assertThat(c.rating()).isEqualTo(Comparison.Rating.SIMILAR);
        assertThat(c.annualised()).isTrue();
        assertThat(c.laValue()).hasValueSatisfying(v -> assertThat(v).isBetween(507.9, 508.0));
        // 1,500: annualised 476, 9.6% below England
        assertThat(compare(ReportFixture.REFERRAL_RATE, rate(ALL, ALL, 1500, 63_000, 2),
                rate("basis", "six months", 1500, 63_000, 1)).rating()).isEqualTo(Comparison.Rating.LOWER);
    }

    @Test
    void daysAreComparedWithDays() {
        Comparison c = compare(ReportFixture.ASSESSMENT_DURATION, new IndicatorValue(ALL, ALL, 480, null, 40.0));
        assertThat(c.rating()).as("40 vs 33 days, lower is better").isEqualTo(Comparison.Rating.WORSE);
        assertThat(compare(ReportFixture.ASSESSMENT_DURATION, new IndicatorValue(ALL, ALL, 480, null, 34.0)).rating())
                .as("within 5% of 33").isEqualTo(Comparison.Rating.SIMILAR);
    }

    @Test
    void countsAreNeverComparedWithEnglandsAnnualCounts() {
        Comparison c = compare(ReportFixture.REFERRALS, count(ALL, ALL, 1234));
        assertThat(c.rating()).isEqualTo(Comparison.Rating.NOT_COMPARED);
        assertThat(c.england()).isPresent();
        assertThat(c.why()).contains("national count for a year");
    }

    @Test
    void noPublishedFigureOrAWithheldFigureIsNotCompared() {
        assertThat(compare(ReportFixture.CP_VISITS, percent(ALL, ALL, 45, 50)).why()).contains("no published");
        ShownResult withheld = new VariantView(ReportVariant.SHAREABLE).show(
                IndicatorResult.computed(ReportFixture.PLANS_TWO_YEARS, List.of(percent(ALL, ALL, 3, 12))));
        assertThat(Comparison.with(withheld, england).why()).contains("withheld");
    }

    private Comparison.Rating rating(IndicatorMetadata m, IndicatorValue... values) {
        return compare(m, values).rating();
    }

    private Comparison compare(IndicatorMetadata m, IndicatorValue... values) {
        ShownResult r = new VariantView(ReportVariant.INTERNAL).show(IndicatorResult.computed(m, List.of(values)));
        return Comparison.with(r, england);
    }

    @Test
    void theRuleIsStatedWithItsThresholds() {
        assertThat(Comparison.RULE).contains("within 2 percentage points", "within 5% of England's value",
                "Counts are not compared");
        assertThat(ReportFixture.ASSESSMENTS_IN_45.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }
}
