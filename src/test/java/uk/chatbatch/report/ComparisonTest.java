package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;
import static uk.chatbatch.report.ReportFixture.percent;
import static uk.chatbatch.report.ReportFixture.rate;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Unit;
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

    static final IndicatorMetadata IN_TOUCH = ReportFixture.metadata("CL-02", "Care leavers in touch",
            "care leavers aged 19 to 21 in touch", "care leavers aged 19 to 21", AnnexAList.CARE_LEAVERS,
            Unit.PERCENT, Polarity.HIGHER_IS_BETTER, ChartType.DON, List.of());
    static final IndicatorMetadata REPEAT_PLANS = ReportFixture.metadata("CP-04", "Second or subsequent plans",
            "plans starting in the window whose child had a previous plan", "plans starting in the window",
            AnnexAList.CHILD_PROTECTION, Unit.PERCENT, Polarity.IN_A_BAND, ChartType.DON, List.of());
    static final IndicatorMetadata REFERRAL_SOURCES = ReportFixture.metadata("REF-03", "Referrals by source",
            "referrals dated in the window from the source", "referrals dated in the window", AnnexAList.REFERRALS,
            Unit.PERCENT, Polarity.CONTEXTUAL, ChartType.SRC, List.of("source group"));

    @Test
    void aSecondarySourceIsComparedWhereNothingPublishedExistsAndSaysSoWithItsAge() {
        // CL-02: England 91% (2021), from a secondary source only
        Comparison c = compare(IN_TOUCH, percent(ALL, ALL, 12, 13));
        assertThat(c.rating()).as("92.3% vs 91%").isEqualTo(Comparison.Rating.SIMILAR);
        assertThat(BenchmarkText.of("England", c.england().orElseThrow(), Unit.PERCENT, 2026))
                .isEqualTo("England 91.0% (2021, more than 3 years old, secondary source)");
        assertThat(BenchmarkText.of("England", c.england().orElseThrow(), Unit.PERCENT, 2024))
                .as("three years older is not yet old").isEqualTo("England 91.0% (2021, secondary source)");
        assertThat(compare(ReportFixture.RE_REFERRALS, percent(ALL, ALL, 300, 1000)).england().orElseThrow()
                .status()).as("a published figure is preferred to a newer secondary one").isEqualTo("published");
    }

    @Test
    void anUnverifiedFigureIsPrintedButNeverRatesTheLa() {
        // CP-04: England about 23% (2024), a recollection to verify
        Comparison c = compare(REPEAT_PLANS, percent(ALL, ALL, 3, 19));
        assertThat(c.rating()).isEqualTo(Comparison.Rating.NOT_COMPARED);
        assertThat(c.why()).contains("unverified");
        assertThat(BenchmarkText.of("England", c.england().orElseThrow(), Unit.PERCENT, 2026))
                .isEqualTo("England 23.0% (2024, unverified)");
    }

    @Test
    void oneGroupsShareIsNotComparedWithAWholeCount() {
        // REF-03: England 28% of referrals from the police; the LA's headline is all its referrals
        Comparison c = compare(REFERRAL_SOURCES, percent(ALL, ALL, 166, 166),
                percent("source group", "police", 52, 166));
        assertThat(c.rating()).isEqualTo(Comparison.Rating.NOT_COMPARED);
        assertThat(c.why()).contains("one group's share");
    }

    @Test
    void theAdoptionScorecardsThresholdsStandBesideA1A2AndA10() {
        ShownResult a2 = new VariantView(ReportVariant.INTERNAL).show(IndicatorResult.computed(ReportFixture.metadata(
                "ADO-02", "A2", "children adopted with a match", "", AnnexAList.ADOPTION, Unit.DAYS,
                Polarity.LOWER_IS_BETTER, ChartType.KPI, List.of()), List.of(new IndicatorValue(ALL, ALL, 1, null,
                194.0))));
        assertThat(BenchmarkText.scorecard(a2, england)).hasValue("Scorecard threshold 121 days (2016-2019); above it");
        assertThat(BenchmarkText.SCORECARD_THRESHOLDS).containsEntry("ADO-01", "ADO-01T")
                .containsEntry("ADO-03", "ADO-01T");
    }
}
