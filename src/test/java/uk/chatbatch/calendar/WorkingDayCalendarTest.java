package uk.chatbatch.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days: days D with start &lt; D &le; end, Monday to Friday, not an England and Wales bank holiday. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0}: {1} to {2} is {3} working days")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                        | start      | end        | working days
            same day is day 0                                             | 2025-06-11 | 2025-06-11 | 0
            next weekday                                                  | 2025-06-11 | 2025-06-12 | 1
            Friday to Saturday                                            | 2025-06-13 | 2025-06-14 | 0
            Friday to Monday skips the weekend                            | 2025-06-13 | 2025-06-16 | 1
            Saturday to Sunday                                            | 2025-06-14 | 2025-06-15 | 0
            Saturday to Monday: counting starts on the next working day   | 2025-06-14 | 2025-06-16 | 1
            Start Sat 7 Jun 2025, 10th working day Fri 20 Jun 2025        | 2025-06-07 | 2025-06-20 | 10
            S47 Fri 20 Dec 2024, ICPC Wed 15 Jan 2025: exactly 15         | 2024-12-20 | 2025-01-15 | 15
            S47 Fri 20 Dec 2024, ICPC Thu 16 Jan 2025: 16                 | 2024-12-20 | 2025-01-16 | 16
            assessment Thu 28 Mar 2024, authorised Wed 5 Jun 2024: 45     | 2024-03-28 | 2024-06-05 | 45
            assessment Thu 28 Mar 2024, authorised Thu 6 Jun 2024: 46     | 2024-03-28 | 2024-06-06 | 46
            Mon 31 Aug 2026 bank holiday: Fri 28 Aug to Tue 1 Sep         | 2026-08-28 | 2026-09-01 | 1
            Christmas 2026, substitute Boxing Day Mon 28 Dec: Thu 24-Tue 29 | 2026-12-24 | 2026-12-29 | 1
            end before start is negative                                  | 2024-06-05 | 2024-03-28 | -45
            """)
    void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd(String boundary, LocalDate start, LocalDate end,
                                                              int workingDays) {
        assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(workingDays);
    }

    @ParameterizedTest(name = "{0}: working day {2} after {1} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # worked examples, working-days.md section 2                 | start      | n  | deadline
            S47 start Fri 20 Dec 2024 (25, 26 Dec and 1 Jan skipped)     | 2024-12-20 | 15 | 2025-01-15
            assessment start Thu 28 Mar 2024 (Easter, 6 and 27 May)      | 2024-03-28 | 45 | 2024-06-05
            start on a Saturday, Sat 7 Jun 2025                          | 2025-06-07 | 10 | 2025-06-20
            zero working days is the start itself                        | 2025-06-07 | 0  | 2025-06-07
            """)
    void findsTheNthWorkingDayAfterAStart(String example, LocalDate start, int n, LocalDate deadline) {
        assertThat(calendar.addWorkingDays(start, n)).isEqualTo(deadline);
        if (n > 0) {
            assertThat(calendar.workingDaysBetween(start, deadline)).isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "{0} is a bank holiday: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-31 | true
            2026-12-25 | true
            2026-12-28 | true
            2026-12-26 | false
            2024-12-24 | false
            2024-12-31 | false
            2022-09-19 | true
            """)
    void knowsEnglandAndWalesBankHolidays(LocalDate day, boolean bankHoliday) {
        assertThat(calendar.isBankHoliday(day)).isEqualTo(bankHoliday);
    }

    @Test
    void substituteBoxingDay2026IsNotAWorkingDayButChristmasEveIs() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Saturday").isFalse();
    }

    @Test
    void everyCoveredYearHasItsWholeSetOfBankHolidays() {
        // A year is covered as soon as one of its dates is listed, so a part-year (say only
        // 3 Jan 2028) would silently pass for a full one; working-days.md section 6 gives the totals.
        for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
            int expected = switch (year) {
                case 2011, 2012 -> 9;       // royal wedding; Diamond Jubilee (the spring holiday moved beside it)
                case 2022 -> 10;
                case 2023 -> 9;
                default -> 8;
            };
            int found = 0;
            for (int day = 1; day <= Year.of(year).length(); day++) {
                if (calendar.isBankHoliday(Year.of(year).atDay(day))) {
                    found++;
                }
            }
            assertThat(found).as("bank holidays in %d", year).isEqualTo(expected);
        }
    }

    @Test
    void coversTheYearsInWorkingDaysReference() {
        assertThat(calendar.firstYear()).isEqualTo(2010);
        assertThat(calendar.lastYear()).isGreaterThanOrEqualTo(2027);
    }

    @Test
    void aDateBeforeTheCalendarFailsLoudly() {
        LocalDate before = LocalDate.of(calendar.firstYear() - 1, 12, 31);
        assertThatThrownBy(() -> calendar.workingDaysBetween(before, LocalDate.of(calendar.firstYear(), 1, 10)))
                .isInstanceOf(WorkingDayCalendar.DateOutsideCalendarException.class)
                .hasMessageContaining(before.toString())
                .hasMessageContaining("outside the bank-holiday calendar");
    }

    @Test
    void theOneOffHolidaysOf2011And2012AreThere() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2011, 4, 29))).as("royal wedding").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2012, 5, 28))).as("last Monday of May 2012, moved").isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.of(2012, 6, 4))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2012, 6, 5))).as("Diamond Jubilee").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2010, 12, 27))).as("Christmas 2010 on a Saturday").isTrue();
    }

    /**
     * End Mon 1 Mar 2010: 41 known working days from 1 Jan 2010 (a holiday). Before 2010 up to ten holidays a
     * year are possible, so with u weekdays of 2009 in the span the count is 41 + u at most and 41 + u - 10
     * at least: within 45 is certain for u up to 4, cannot be decided for 5 to 14, and certainly not from 15.
     */
    @ParameterizedTest(name = "start {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # start      | within 45?   | 2009 weekdays in the span
            2009-12-31   | yes          | 0: exact, 41
            2009-12-25   | yes          | 4: at most 45, whatever the holidays
            2009-12-24   | undecided    | 5: 41 to 46
            2009-12-11   | undecided    | 14: 45 to 55
            2009-12-10   | no           | 15: at least 46, whatever the holidays
            1998-06-01   | no           | thousands
            """)
    void beforeTheTableAnAnswerIsGivenOnlyWhenNoHolidaysCouldChangeIt(LocalDate start, String within,
                                                                      String why) {
        LocalDate end = LocalDate.of(2010, 3, 1);
        if (within.equals("undecided")) {
            assertThatThrownBy(() -> calendar.withinWorkingDays(start, end, 45)).as(why)
                    .isInstanceOf(WorkingDayCalendar.DateOutsideCalendarException.class)
                    .hasMessageContaining(start.toString()).hasMessageContaining("depends on bank holidays");
        } else {
            assertThat(calendar.withinWorkingDays(start, end, 45)).as(why).isEqualTo(within.equals("yes"));
        }
    }

    @Test
    void insideTheTableWithinAgreesWithTheCount() {
        LocalDate start = LocalDate.of(2024, 1, 2);
        LocalDate fortyFifth = calendar.addWorkingDays(start, 45);
        assertThat(calendar.withinWorkingDays(start, fortyFifth, 45)).as("the 45th working day").isTrue();
        assertThat(calendar.withinWorkingDays(start, calendar.addWorkingDays(start, 46), 45)).as("the 46th").isFalse();
        assertThat(calendar.withinWorkingDays(start, start.minusDays(3), 45)).as("end before start").isTrue();
    }

    @Test
    void aDateAfterTheCalendarFailsLoudly() {
        LocalDate after = LocalDate.of(calendar.lastYear() + 1, 1, 4);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(calendar.lastYear(), 12, 20), after))
                .isInstanceOf(WorkingDayCalendar.DateOutsideCalendarException.class)
                .hasMessageContaining(after.toString());
        assertThatThrownBy(() -> calendar.isWorkingDay(after))
                .isInstanceOf(WorkingDayCalendar.DateOutsideCalendarException.class);
    }

    @org.junit.jupiter.api.Test
    void theEarliestDateWithinNWorkingDaysCountsBackFromTheEnd() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        // Fri 30 Oct 2026: 10 working days back is Fri 16 Oct (16 Oct -> 30 Oct is 10 working days).
        java.time.LocalDate earliest = calendar.earliestWithinWorkingDaysOf(java.time.LocalDate.of(2026, 10, 30), 10);
        org.assertj.core.api.Assertions.assertThat(earliest).isEqualTo(java.time.LocalDate.of(2026, 10, 16));
        org.assertj.core.api.Assertions.assertThat(calendar.workingDaysBetween(earliest,
                java.time.LocalDate.of(2026, 10, 30))).isEqualTo(10);
        org.assertj.core.api.Assertions.assertThat(calendar.workingDaysBetween(earliest.minusDays(1),
                java.time.LocalDate.of(2026, 10, 30))).as("the day before is 11").isEqualTo(11);
        // Over the late August bank holiday: Tue 1 Sep 2026, 1 working day back is Fri 28 Aug.
        org.assertj.core.api.Assertions.assertThat(calendar.earliestWithinWorkingDaysOf(
                java.time.LocalDate.of(2026, 9, 1), 1)).isEqualTo(java.time.LocalDate.of(2026, 8, 28));
    }

    /**
     * The counts come from a running total over the table; here they are checked against counting day by day, for
     * spans of every length from a few days to two decades, starting and ending inside, before and after the table.
     */
    @Test
    void theRunningTotalAgreesWithCountingDayByDayForSpansInsideAndAcrossTheTable() {
        java.util.Random random = new java.util.Random(7);
        LocalDate earliest = LocalDate.of(calendar.firstYear() - 2, 1, 1);
        int days = (int) (LocalDate.of(calendar.lastYear() + 2, 12, 31).toEpochDay() - earliest.toEpochDay());
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = earliest.plusDays(random.nextInt(days));
            LocalDate end = start.plusDays(i % 3 == 0 ? random.nextInt(days) : random.nextInt(120));
            Counted dayByDay = countDayByDay(start, end);
            if (start.getYear() >= calendar.firstYear() && end.getYear() <= calendar.lastYear()) {
                assertThat(calendar.workingDaysBetween(start, end)).as(start + " to " + end).isEqualTo(dayByDay.known);
            }
            for (int n : new int[] {15, 45, 3_000}) {
                int least = dayByDay.known + Math.max(0, dayByDay.outside
                        - WorkingDayCalendar.MOST_BANK_HOLIDAYS_IN_A_YEAR * dayByDay.outsideYears);
                int most = dayByDay.known + dayByDay.outside;
                if (most <= n || least > n) {
                    assertThat(calendar.withinWorkingDays(start, end, n)).as(start + " to " + end + " within " + n)
                            .isEqualTo(most <= n);
                } else {
                    assertThatThrownBy(() -> calendar.withinWorkingDays(start, end, n))
                            .isInstanceOf(WorkingDayCalendar.DateOutsideCalendarException.class);
                }
            }
        }
    }

    private record Counted(int known, int outside, int outsideYears) {
    }

    private Counted countDayByDay(LocalDate start, LocalDate end) {
        int known = 0;
        int outside = 0;
        java.util.Set<Integer> outsideYears = new java.util.HashSet<>();
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek().getValue() <= 5;
            if (!weekday) {
                continue;
            }
            if (d.getYear() < calendar.firstYear() || d.getYear() > calendar.lastYear()) {
                outside++;
                outsideYears.add(d.getYear());
            } else if (!calendar.isBankHoliday(d)) {
                known++;
            }
        }
        return new Counted(known, outside, outsideYears.size());
    }
}
