package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.PageSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;

/** No axis title is longer than its axis: a long one is shortened at a word, never cut at the chart's edge. */
class AxisTitlesFitTest {

    /** A half-width figure on an A4 page, the narrowest a bar chart is drawn. */
    static final float NARROWEST = (PageSize.A4.getWidth() - 2 * PdfReportWriter.MARGIN - 12f) / 2;

    @Test
    void everyBreakdownNameAndCountNameInTheCatalogueFitsItsAxis() {
        List<String> titles = new ArrayList<>(List.of("Number", "Children"));
        for (IndicatorMetadata m : IndicatorCatalogue.discover().definitions()) {
            m.breakdowns().forEach(b -> titles.add(Formats.capitalised(b)));
            titles.add(Formats.capitalised(FigureText.shortName(m.numerator())));
        }
        String longest = titles.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        for (String title : titles) {
            for (boolean horizontal : new boolean[] {false, true}) {
                BarChartData data = new BarChartData(title, title, List.of("a", "b"), List.of(
                        new BarChartData.Series("n", List.of(1L, 2L), List.of("1", "2"))), horizontal, Optional.empty());
                float height = ReportCharts.height(data, NARROWEST);
                JFreeChart chart = new ReportCharts().chart(data);
                ReportCharts.fitAxisTitles(chart, NARROWEST, height);
                CategoryPlot plot = (CategoryPlot) chart.getPlot();
                Axis across = horizontal ? plot.getRangeAxis() : plot.getDomainAxis();
                Axis up = horizontal ? plot.getDomainAxis() : plot.getRangeAxis();
                assertFits(title, across, NARROWEST);
                assertFits(title, up, height);
            }
        }
        assertThat(longest.length()).as("the longest real title, " + longest).isGreaterThan(15);
    }

    private static void assertFits(String title, Axis axis, float length) {
        String shown = axis.getLabel();
        if (shown == null) {
            // left out: not even one word fits this axis
            assertThat(ReportCharts.textWidth(title.split(" ")[0] + ReportCharts.ELLIPSIS, axis.getLabelFont()))
                    .isGreaterThan(length - ReportCharts.AXIS_TITLE_ALLOWANCE);
            return;
        }
        assertThat(ReportCharts.textWidth(shown, axis.getLabelFont())).as(shown)
                .isLessThanOrEqualTo(length - ReportCharts.AXIS_TITLE_ALLOWANCE);
        if (!shown.equals(title)) {
            String kept = shown.substring(0, shown.length() - ReportCharts.ELLIPSIS.length());
            assertThat(title).as("shortened at a word").startsWith(kept + " ");
        }
    }

    @Test
    void aTitleLongerThanItsAxisIsShortenedAtAWordWithAnEllipsis() {
        java.awt.Font font = ReportFonts.awt(8.5f, true);
        String title = "Days from the decision that the child should be placed for adoption to the match";
        // row: room in points | shown
        assertThat(ReportCharts.fitted(title, font, 1000f)).isEqualTo(title);
        String shown = ReportCharts.fitted(title, font, 100f);
        assertThat(shown).endsWith("\u2026").doesNotContain("decisi\u2026");
        assertThat(ReportCharts.textWidth(shown, font)).isLessThanOrEqualTo(100f);
        assertThat(title).startsWith(shown.substring(0, shown.length() - 1) + " ");
        assertThat(ReportCharts.fitted(title, font, 5f)).as("not even a word fits").isEmpty();
    }
}
