package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.calendar.ReportingPeriod;

/** Monthly bars draw exactly the calendar months their window covers, and say how long it is. */
class MonthlyBarsTest {

    @Test
    void sixMonthsAfter31MarchDrawAprilToSeptemberNotAnEmptyMarch() {
        // the window opens on 31 March (30 September less six calendar months, plus a day): its one day is empty
        Figure f = draw("2026-09-30", "2026-03", 0, 30, 23, 34, 38, 19, 22);
        assertThat(categories(f)).containsExactly("Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026",
                "Sep 2026");
        assertThat(f.caption()).contains("in each of the 6 months to 30 September 2026: April 2026: 30;")
                .doesNotContain("March 2026");
    }

    @Test
    void twelveMonthsTo31MarchDrawAprilToMarchAndTheCaptionSaysTwelveMonthsToThePeriodEnd() {
        Figure f = draw("2026-03-31", "2025-03", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(categories(f)).hasSize(12).startsWith("Apr 2025").endsWith("Mar 2026");
        assertThat(f.caption()).contains("in each of the 12 months to 31 March 2026 (April 2025 to March 2026; the"
                + " window is the last six): April 2025: 1;");
        assertThat(f.title()).contains("12 months");
    }

    @Test
    void aWindowEndingMidMonthKeepsItsPartFirstMonthWhenAnythingIsInIt() {
        // six months to 15 September open on 16 March: March's last fortnight is in the window
        Figure f = draw("2026-09-15", "2026-03", 4, 1, 1, 1, 1, 1, 1);
        assertThat(categories(f)).hasSize(7).startsWith("16\u201331 Mar 2026", "Apr 2026");
        assertThat(f.caption()).contains("by month to 15 September 2026 (the first bar is the window's first 16"
                + " days, 16\u201331 March 2026): 16\u201331 March 2026: 4; April 2026: 1;");
    }

    @Test
    void aBreakdownOfOnlyTheWindowsMonthsIsDrawnWhole() {
        // six months to 31 March open on 1 October: no partial month is listed, and an empty October is drawn
        assertThat(categories(draw("2026-03-31", "2025-10", 0, 1, 1, 1, 1, 1))).hasSize(6).startsWith("Oct 2025");
    }

    @Test
    void anEarlierMonthWithRecordsInItIsNeverHidden() {
        // six months to 30 September open on 31 March: its one day is drawn, named by its day, not as a quiet March
        Figure f = draw("2026-09-30", "2026-03", 2, 1, 1, 1, 1, 1, 1);
        assertThat(categories(f)).hasSize(7).startsWith("31 Mar 2026", "Apr 2026");
        assertThat(f.caption()).contains("by month to 30 September 2026 (the first bar is the window's first day alone,"
                + " 31 March 2026): 31 March 2026: 2;"
                + " April 2026: 1;");
    }

    private static Figure draw(String periodEnd, String firstMonth, long... counts) {
        List<Shown> values = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            values.add(new Shown(YearMonth.parse(firstMonth).plusMonths(i).toString(), counts[i], null,
                    (double) counts[i], false));
            total += counts[i];
        }
        values.add(new Shown("outside window", 0, null, 0.0, false));
        ShownResult.Breakdown months = new ShownResult.Breakdown("month", values);
        ShownResult r = new ShownResult(ReportFixture.REFERRALS, uk.chatbatch.indicators.IndicatorStatus.COMPUTED, "",
                java.util.Optional.of(new Shown("all", total, null, (double) total, false)), List.of(months));
        return MonthlyBars.of(new ReportingPeriod(LocalDate.parse(periodEnd)), r, months);
    }

    private static List<String> categories(Figure f) {
        return ((BarChartData) f.body()).categories();
    }
}
