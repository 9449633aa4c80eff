package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;
import static uk.chatbatch.report.ReportFixture.percent;

import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CodeLabels;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;

/** The chart vocabulary is chosen from metadata and breakdowns, and every caption states the numbers drawn. */
class IndicatorFiguresTest {

    final ReportModel internal = ReportModel.of(ReportFixture.input(ReportVariant.INTERNAL));
    final ReportModel shareable = ReportModel.of(ReportFixture.input(ReportVariant.SHAREABLE));

    List<Figure> figures(ReportModel model, String id) {
        ShownResult r = model.results.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new IndicatorFigures(model).figures(r);
    }

    @Test
    void aMonthBreakdownIsDrawnAsMonthlyBarsWithEveryMonthInTheCaption() {
        Figure f = figures(internal, "REF-01").get(0);
        BarChartData bars = (BarChartData) f.body();
        assertThat(bars.categories()).containsExactly("Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025",
                "Mar 2025");
        assertThat(bars.series().get(0).values()).containsExactly(200L, 210L, 190L, 214L, 200L, 220L);
        assertThat(f.caption()).contains("October 2024: 200; November 2024: 210; December 2024: 190; January 2025: 214;"
                + " February 2025: 200; March 2025: 220. Total 1,234.");
    }

    @Test
    void sourcesAreSortedByFrequencyWithPercentLabelsUnknownLastAndZerosNamed() {
        Figure f = figures(internal, "CON-04").get(0);
        BarChartData bars = (BarChartData) f.body();
        assertThat(bars.horizontal()).isTrue();
        assertThat(bars.categories()).containsExactly("Police", "Schools", "Health services", "Individual", "Anonymous",
                "Unknown");
        assertThat(bars.series().get(0).labels()).containsExactly("32.4%", "24.3%", "20.3%", "14.6%", "0.2%", "8.3%");
        assertThat(f.caption()).contains("Police 32.4% (400)", "Out of 1,234.", "None: housing.");
    }

    /**
     * Groups with none are named with their labels; a list whose labels would run to more than about five lines
     * (ASM-08's 44 assessment factors when one is recorded) is named by code alone and points to where the labels
     * are.
     */
    @Test
    void manyCodedGroupsWithNoneAreNamedByCodeAloneAndAFewWithTheirLabels() {
        assertThat(SortedBars.none("factor", List.of("1A", "2B"))).isEqualTo(" None: 1A: "
                + CodeLabels.label("factor", "1A").orElseThrow() + ", 2B: "
                + CodeLabels.label("factor", "2B").orElseThrow() + ".");

        List<String> factors = CodeLabels.codesOf("factor").stream().map(CodeLabels.BreakdownCode::code).toList();
        assertThat(factors).hasSizeGreaterThan(40);
        String many = SortedBars.none("factor", factors);
        assertThat(many).startsWith(" None in " + factors.size() + " codes: 1A, 1B, 1C, 2A,")
                .endsWith(", 24A (the code_lists dataset labels each code).")
                .hasSizeLessThan(SortedBars.NONE_LABELLED_AT_MOST_CHARS);
        List<String> teams = IntStream.range(0, 40).mapToObj(i -> "Team number " + i).toList();
        assertThat(SortedBars.none("team", teams)).startsWith(" None in 40 groups: Team number 0, Team number 1,")
                .doesNotContain("code_lists");
        assertThat(SortedBars.none("factor", List.of())).isEmpty();
    }

    /**
     * The bars of sorted shares carry percent labels, so they are drawn against a percent axis titled with what the
     * shares are out of, each bar as long as its share; a chart of counts keeps its count axis.
     */
    @Test
    void aChartOfSharesIsDrawnAgainstAPercentAxisNamingWhatTheSharesAreOf() {
        BarChartData shares = (BarChartData) figures(internal, "CON-04").get(0).body();
        assertThat(shares.valueAxisLabel()).isEqualTo("Percent of contacts dated in the window");
        assertThat(shares.sharesOf()).hasValue(1_234L);
        CategoryPlot plot = (CategoryPlot) new ReportCharts().chart(shares).getPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        assertThat(axis.getLabel()).isEqualTo("Percent of contacts dated in the window");
        assertThat(axis.getNumberFormatOverride().format(40)).as("a tick").isEqualTo("40%");
        // Police: 400 of 1,234, labelled 32.4%: the bar ends at 32.4 on the percent axis, not at 400
        assertThat(shares.series().get(0).labels().get(0)).isEqualTo("32.4%");
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isCloseTo(32.41, within(0.01));

        BarChartData counts = (BarChartData) figures(internal, "REF-01").get(0).body();
        assertThat(counts.sharesOf()).as("monthly counts").isEmpty();
        NumberAxis countAxis = (NumberAxis) ((CategoryPlot) new ReportCharts().chart(counts).getPlot()).getRangeAxis();
        assertThat(countAxis.getLabel()).doesNotStartWith("Percent");
        assertThat(countAxis.getNumberFormatOverride().format(1_200)).isEqualTo("1,200");
    }

    @Test
    void multipleRecordsDrawTwoToFivePlusAndSayHowManyHadOne() {
        Figure f = figures(internal, "CON-03").get(0);
        BarChartData bars = (BarChartData) f.body();
        assertThat(bars.categories()).containsExactly("2", "3", "4", "5+");
        assertThat(bars.series().get(0).values()).containsExactly(140L, 30L, 7L, 3L);
        assertThat(f.caption()).contains("2: 140; 3: 30; 4: 7; 5 or more: 3.", "Not drawn: 1: 820.");
    }

    @Test
    void aYesNoPercentageIsADonutWithItsCountsAndTheRest() {
        Figure f = figures(internal, "REF-04").get(0);
        DonutData donut = (DonutData) f.body();
        assertThat(donut.values()).containsExactly(80L, 1120L);
        assertThat(donut.centre()).isEqualTo("6.7%");
        assertThat(donut.centreNote()).isEqualTo("80 of 1,200");
        assertThat(f.caption()).isEqualTo("80 of 1,200 referrals in the window (6.7%): referrals with no further action;"
                + " the other 1,120 were not.");
        assertThat(figures(internal, "REF-04").get(1).body()).as("its source group breakdown, as a table")
                .isInstanceOf(Figure.TableData.class);
    }

    @Test
    void workingDayBandsMarkTheStatutoryTimescaleAfterTheBandEndingOnIt() {
        Figure f = figures(internal, "ASM-03").get(0);
        BarChartData bars = (BarChartData) f.body();
        assertThat(bars.threshold()).hasValueSatisfying(t -> {
            assertThat(t.lastWithin()).isEqualTo(5); // "41 to 45"
            assertThat(t.markerLabel()).isEqualTo("45 working days");
        });
        assertThat(f.caption()).contains("same day: 12 (2.5%)", "61 and over: 18 (3.8%)",
                "412 of 480 (85.8%) within 45 working days.", "Median 33 days; lower quartile 17 days, upper quartile 43"
                        + " days (of 480).");
    }

    @Test
    void section47BandsAreMarkedAtFifteenAndMonthBandsAreNotMarked() {
        IndicatorMetadata s47 = new IndicatorMetadata("S47-03M", "Median working days S47 to ICPC", "def",
                "ICPCs measured", "", "six months", AnnexAList.SECTION_47, List.of(), List.of(), Unit.DAYS,
                Polarity.LOWER_IS_BETTER, ChartType.BND, List.of("working days"), List.of());
        ReportModel model = ReportModel.of(withResults(IndicatorResult.computed(s47, List.of(
                new IndicatorValue(ALL, ALL, 100, null, 14.0), percent("working days", "0 to 10", 20, 100),
                percent("working days", "11 to 15", 60, 100), percent("working days", "16 to 20", 15, 100),
                percent("working days", "21 and over", 5, 100)))));
        BarChartData bars = (BarChartData) new IndicatorFigures(model).figures(model.results.get(0)).get(0).body();
        assertThat(bars.threshold()).hasValueSatisfying(t -> assertThat(t.lastWithin()).isEqualTo(1));

        BarChartData months = (BarChartData) figures(internal, "CP-07").get(0).body();
        assertThat(months.threshold()).isEmpty();
    }

    @Test
    void anAgePyramidKeepsTheAgesWithAnyoneAndTellsWhatItLeftOut() {
        Figure f = figures(internal, "CON-06").get(0);
        PyramidData p = (PyramidData) f.body();
        assertThat(p.ages()).first().isEqualTo("0");
        assertThat(p.ages()).last().isEqualTo("18");
        assertThat(p.maleTitle()).isEqualTo("Male 610 (49.4%)");
        assertThat(f.caption()).contains("Male 610 (49.4%) by age: 0: 40, 1: 35,",
                "Not drawn: gender other or unknown, 4. Not drawn: age unknown, 2.");
    }

    @Test
    void theShareablePyramidIsBandedAndCarriesNoTotals() {
        Figure f = figures(shareable, "CON-06").get(0);
        PyramidData p = (PyramidData) f.body();
        assertThat(p.ages()).containsExactly("under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17", "18 to 21");
        assertThat(p.maleTitle()).isEqualTo("Male");
        assertThat(p.femaleLabels()).last().isEqualTo("<5");
        assertThat(f.caption()).contains("Ages are grouped into bands in this shareable version.");
    }

    @Test
    void ethnicityIsATableBesideTheConfiguredPopulation() {
        Figure f = figures(internal, "CON-07").get(0);
        Figure.TableData t = (Figure.TableData) f.body();
        assertThat(t.headers()).containsExactly("Ethnic group", "Number", "Share", "LA children 0–17");
        assertThat(t.rows().get(0)).containsExactly("White", "700", "70.0%", "79.4%");
        assertThat(f.caption()).as("each code with its label")
                .contains("By ethnicity (codes with any): WBRI: White British 650; WIRI: White Irish 50.");
        assertThat(figures(internal, "CON-07")).hasSize(1);
    }

    @Test
    void everyBandWithheldIsNotDrawnAndSaysSo() {
        Figure f = figures(shareable, "CP-07").get(0);
        assertThat(f.body()).isNull();
        assertThat(f.caption()).startsWith("Not drawn: every group is withheld or zero")
                .contains("under 3 months: <5; 3 to 5 months: <5");
    }

    @Test
    void aHeadlineOnlyIndicatorHasNoFigureAndStaffBreakdownsAreLeftToTheirTables() {
        assertThat(figures(internal, "CLA-01")).isEmpty();
        assertThat(figures(internal, "REF-02")).isEmpty();
    }

    @Test
    void aMediansGroupsAreATableNotBandsAndTheMedianIsInItsCaption() {
        IndicatorMetadata eh02 = new IndicatorMetadata("EH-02", "Early help assessment duration", "def",
                "early help assessments completed", "", "six months", AnnexAList.EARLY_HELP, List.of(), List.of(),
                Unit.DAYS, Polarity.LOWER_IS_BETTER, ChartType.BND, List.of("quartile", "organisation"), List.of());
        ReportModel model = ReportModel.of(withResults(IndicatorResult.computed(eh02, List.of(
                new IndicatorValue(ALL, ALL, 100, null, 40.0),
                new IndicatorValue("quartile", "lower quartile", 100, null, 20.0),
                new IndicatorValue("quartile", "upper quartile", 100, null, 61.0),
                new IndicatorValue("organisation", "Health visiting", 60, null, 35.0),
                new IndicatorValue("organisation", "School 2", 40, null, 52.5)))));
        List<Figure> figures = new IndicatorFigures(model).figures(model.results.get(0));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.body()).isInstanceOf(Figure.TableData.class);
            assertThat(f.caption()).contains("each group's own median",
                    "Median 40 days; lower quartile 20 days, upper quartile 61 days (of 100).");
        });
    }

    @Test
    void bandUpperBoundsAreReadFromTheirLabels() {
        assertThat(BreakdownKinds.upper("same day")).isZero();
        assertThat(BreakdownKinds.upper("41 to 45")).isEqualTo(45);
        assertThat(BreakdownKinds.upper("41–45")).isEqualTo(45);
        assertThat(BreakdownKinds.upper("61 and over")).isNull();
        assertThat(BreakdownKinds.upper("21+")).isNull();
        assertThat(BreakdownKinds.upper("under 3 months")).isEqualTo(2);
    }

    private static ReportInput withResults(IndicatorResult... results) {
        ReportInput in = ReportFixture.input();
        return new ReportInput(in.key(), in.laName(), in.generatedAt(), in.ingest(), in.issues(),
                List.of(results), in.data(), in.context(), in.variant());
    }

    static IndicatorValue c(String b, String v, long n) {
        return count(b, v, n);
    }

    @Test
    void aCaptionSaysWhyAGroupOfFiveOrMoreIsWithheld() {
        ShownResult r = new VariantView(ReportVariant.SHAREABLE).show(IndicatorResult.computed(ReportFixture.CLA,
                List.of(count(ALL, ALL, 300), count("legal status", "C2", 3), count("legal status", "E1", 290),
                        count("legal status", "V2", 7))));
        assertThat(new IndicatorFigures(shareable).figures(r).get(0).caption()).endsWith("V2 is withheld as well, so"
                + " that a group of fewer than 5 cannot be worked out from the total.");

        ShownResult alone = new VariantView(ReportVariant.SHAREABLE).show(IndicatorResult.computed(ReportFixture.CLA,
                List.of(count(ALL, ALL, 300), count("legal status", "C2", 3))));
        assertThat(new IndicatorFigures(shareable).figures(alone).get(0).caption()).startsWith("The whole breakdown by"
                + " legal status is withheld: one group is fewer than 5 and there is no other group to withhold with"
                + " it, so it could be worked out from the total.");
    }

    @Test
    void groupsEachOverTheirOwnBaseAreATableOfValuesAndBasesNotSharesOfOneWhole() {
        // DQ-01: each list's percentage is out of that list's own rows, so no one "out of" fits them all
        IndicatorMetadata m = ReportFixture.metadata("DQ-01", "Rows with at least one validation error",
                "rows with at least one validation error", "clean rows of the lists supplied", AnnexAList.CONTACTS,
                Unit.PERCENT, Polarity.LOWER_IS_BETTER, ChartType.SRC, List.of("list"));
        ShownResult r = new VariantView(ReportVariant.INTERNAL).show(IndicatorResult.computed(m, List.of(
                percent(ALL, ALL, 10, 1201),
                percent("list", "List 1 (Contacts)", 0, 395),
                percent("list", "List 4 (Assessments)", 3, 380),
                percent("list", "List 9 (Care leavers)", 1, 19))));
        Figure f = new IndicatorFigures(internal).figures(r).get(0);
        Figure.TableData t = (Figure.TableData) f.body();
        assertThat(t.headers()).containsExactly("List", "Value", "Out of");
        assertThat(t.rows()).containsExactly(
                List.of("List 1 (Contacts)", "0.0%", "0 of 395"),
                List.of("List 4 (Assessments)", "0.8%", "3 of 380"),
                List.of("List 9 (Care leavers)", "5.3%", "1 of 19"));
        assertThat(f.caption()).startsWith("By list: the percentage within each group.");
    }

    @Test
    void aPyramidWithNoOneInItIsOneLineOfTextNotAnEmptyChart() {
        IndicatorMetadata pyramid = ReportFixture.metadata("CON-06", "Age and gender of contacts",
                "contacts dated in the window", "", AnnexAList.CONTACTS, Unit.COUNT, Polarity.CONTEXTUAL,
                ChartType.PYR, List.of("age and gender"));
        Figure empty = new IndicatorFigures(internal).figures(new VariantView(ReportVariant.INTERNAL).show(
                IndicatorResult.computed(pyramid, List.of(count(ALL, ALL, 0), count("age and gender", "7 / male", 0),
                        count("age and gender", "7 / female", 0))))).get(0);
        assertThat(empty.body()).isNull();
        assertThat(empty.caption()).startsWith("Not drawn: no one to draw.");
    }
}
