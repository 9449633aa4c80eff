package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ASSESSMENT_START;
import static uk.chatbatch.report.ReportFixture.CALENDAR;
import static uk.chatbatch.report.ReportFixture.T;
import static uk.chatbatch.report.ReportFixture.assessment;
import static uk.chatbatch.report.ReportFixture.cin;
import static uk.chatbatch.report.ReportFixture.contact;
import static uk.chatbatch.report.ReportFixture.s47;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.ReportingPeriod;

/** What each list's figure counts, with the boundary cases beside the rows that test them. */
class ListChartsTest {

    final ListCharts charts = new ListCharts(new ReportingPeriod(T), CALENDAR);

    @Test
    void contactsAreCountedByMonthOfTheWindow() {
        ListFigure figure = charts.contacts(ReportFixture.contacts());

        BarChartData chart = figure.chart().orElseThrow();
        assertThat(chart.categories()).containsExactly("Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025",
                "Mar 2025");
        // 30 Sep is the day before the window; 1 Oct and 31 Mar (T) are inside it
        assertThat(chart.series().get(0).values()).containsExactly(1L, 2L, 0L, 1L, 0L, 1L);
        assertThat(figure.caption()).contains("Total 5.", "Not shown: 1 contact dated outside the window.")
                .doesNotContain("part month");
    }

    @Test
    void aPeriodEndingMidMonthHasPartMonthsAtBothEnds() {
        ListCharts midMonth = new ListCharts(new ReportingPeriod(LocalDate.of(2025, 3, 15)), CALENDAR);

        ListFigure figure = midMonth.contacts(List.of(contact(2, "2024-09-16"), contact(3, "2025-03-15")));

        assertThat(figure.chart().orElseThrow().categories()).hasSize(7).startsWith("Sep 2024").endsWith("Mar 2025");
        assertThat(figure.caption()).contains("September 2024 and March 2025 are part months.");
    }

    @Test
    void assessmentsAreBandedByWorkingDaysWith45TheLastDayWithinTimescale() {
        ListFigure figure = charts.assessments(List.of(
                assessment(2, ASSESSMENT_START, ASSESSMENT_START),                               // same day
                assessment(3, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 45)),  // 41–45: within
                assessment(4, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 46)),  // 46–50: over
                assessment(5, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 61)),  // 61+
                assessment(6, LocalDate.of(2025, 3, 10), null),                                  // still open
                assessment(7, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30)),              // authorised before the window
                assessment(8, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 9)),              // authorised before start
                assessment(9, LocalDate.of(2018, 12, 20), LocalDate.of(2025, 1, 10))));          // 2018 not in the calendar

        BarChartData chart = figure.chart().orElseThrow();
        assertThat(chart.categories()).containsExactly("same day", "1–10", "11–20", "21–30", "31–40", "41–45", "46–50",
                "51–60", "61+");
        assertThat(chart.series().get(0).values()).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L);
        assertThat(chart.threshold().orElseThrow().lastWithin()).isEqualTo(5);
        assertThat(chart.threshold().orElseThrow().markerLabel()).isEqualTo("45 working days");
        assertThat(figure.caption()).contains("2 of 4 (50.0%) were authorised within 45 working days.",
                "Not shown: 1 not yet authorised; 1 authorised outside the window; 1 authorised before its start date;"
                        + " 1 with a date outside the bank-holiday calendar (2019 to 2027).");
    }

    @Test
    void icpcsAreBandedWith15TheLastDayWithinTimescale() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        ListFigure figure = charts.section47(List.of(
                s47(2, start, CALENDAR.addWorkingDays(start, 15)),   // 11–15: within
                s47(3, start, CALENDAR.addWorkingDays(start, 16)),   // 16–20: over
                s47(4, start, start),                                // 0–10
                s47(5, start, null)));                               // no ICPC

        BarChartData chart = figure.chart().orElseThrow();
        assertThat(chart.categories()).containsExactly("0–10", "11–15", "16–20", "21+");
        assertThat(chart.series().get(0).values()).containsExactly(1L, 1L, 1L, 0L);
        assertThat(chart.threshold().orElseThrow().lastWithin()).isEqualTo(1);
        assertThat(figure.caption()).contains("2 of 3 (66.7%) were held within 15 working days.",
                "Not shown: 1 enquiry with no ICPC date.");
    }

    @Test
    void childrenInNeedOpenAtTheEndByPrimaryNeedMostFrequentFirst() {
        ListFigure figure = charts.childrenInNeed(List.of(
                cin(2, "2024-06-01", null, "N4"),
                cin(3, "2024-11-01", null, "N1"),
                cin(4, "2025-01-15", "2025-04-02", "N1"),   // closes after T: open at T
                cin(5, "2024-05-01", "2025-03-31", "N5"),   // closes on T: not open at T
                cin(6, "2025-04-01", null, "N1"),           // starts after T
                cin(7, "2024-05-01", null, null)));         // open, need not recorded

        BarChartData chart = figure.chart().orElseThrow();
        assertThat(chart.horizontal()).isTrue();
        assertThat(chart.categories()).containsExactly("N1 Abuse or neglect", "N4 Family in acute stress", "Not recorded");
        assertThat(chart.series().get(0).values()).containsExactly(2L, 1L, 1L);
        assertThat(figure.caption()).contains("Total 4.",
                "Not shown: 1 closed by the period end; 1 starting after the period end.");
    }

    @Test
    void childrenInCareAreGroupedByPlacementType() {
        ListFigure figure = charts.childrenInCare(ReportFixture.childrenInCare());

        assertThat(figure.chart().orElseThrow().categories())
                .containsExactly("Foster care (U1–U6)", "Children's homes and residential (K1, K2, R1, S1)");
        assertThat(figure.chart().orElseThrow().series().get(0).values()).containsExactly(2L, 1L);
        assertThat(figure.caption()).contains("Not shown: 1 ceased care by the period end.");
    }

    @Test
    void careLeaversKeepEveryActivityGroupEvenAtZero() {
        ListFigure figure = charts.careLeavers(ReportFixture.careLeavers());

        assertThat(figure.chart().orElseThrow().categories()).contains("Other education (F2, P2)").endsWith("Not recorded");
        assertThat(figure.caption()).contains("Other education (F2, P2): 0",
                "2 of 4 (50.0%) in education, employment or training.");
    }

    @Test
    void aListWithNothingInTheWindowGetsASentenceNotAnEmptyChart() {
        ListFigure figure = charts.contacts(List.of(contact(2, "2024-09-30")));

        assertThat(figure.chart()).isEmpty();
        assertThat(figure.caption()).isEqualTo("The one contact on the list is not dated in the window"
                + " 1 October 2024 to 31 March 2025, so there is nothing to chart.");
    }

    @Test
    void aListSuppliedWithNoRowsSaysSo() {
        for (AnnexAList list : AnnexAList.values()) {
            ListFigure figure = charts.figure(list, List.of());
            assertThat(figure.chart()).as(list.label()).isEmpty();
            assertThat(figure.caption()).as(list.label()).startsWith("The list was supplied with no ");
        }
    }
}
