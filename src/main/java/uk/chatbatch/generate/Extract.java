package uk.chatbatch.generate;

import java.time.LocalDate;
import uk.chatbatch.calendar.WorkingDayCalendar;

/**
 * What every journey builder shares: the period end T and the windows around it, the working-day
 * helper, the LA's staff and the rows being collected.
 */
final class Extract {

    /** The first day the bank-holiday calendar covers; no working-day date may fall before it. */
    static final LocalDate CALENDAR_FIRST = LocalDate.of(2019, 1, 1);

    final GeneratorOptions options;
    final LocalDate periodEnd;
    /** T minus 6 months: the day before the six-month window. */
    final LocalDate windowStart;
    /** T minus 12 months: the day before the twelve-month look-back. */
    final LocalDate yearStart;
    final WorkingDays workingDays;
    final Staff staff;
    final ListRows rows = new ListRows();

    Extract(GeneratorOptions options) {
        this.options = options;
        this.periodEnd = options.periodEnd();
        this.windowStart = periodEnd.minusMonths(6);
        this.yearStart = periodEnd.minusMonths(12);
        this.workingDays = new WorkingDays(WorkingDayCalendar.englandAndWales(), periodEnd);
        this.staff = new Staff(options.children());
    }

    LocalDate firstDayOfWindow() {
        return windowStart.plusDays(1);
    }

    boolean inWindow(LocalDate day) {
        return day != null && day.isAfter(windowStart) && !day.isAfter(periodEnd);
    }

    boolean inYear(LocalDate day) {
        return day != null && day.isAfter(yearStart) && !day.isAfter(periodEnd);
    }

    LocalDate dayInWindow(Dice dice) {
        return dice.dateBetween(firstDayOfWindow(), periodEnd);
    }

    /** The day itself, or null when it has not happened by T. */
    LocalDate byEnd(LocalDate day) {
        return day == null || day.isAfter(periodEnd) ? null : day;
    }

    /** Days before T, never after another date (a visit cannot precede the episode it belongs to). */
    LocalDate daysBefore(LocalDate end, int days, LocalDate notBefore) {
        LocalDate day = end.minusDays(days);
        return day.isBefore(notBefore) ? notBefore : day;
    }

    /**
     * The working week's day for events that happen in office hours (conferences, reviews, court
     * orders, panels): a Saturday or Sunday becomes the Friday before, unless that would fall before
     * the floor, when the day stands. Moving days back this way keeps the order of any two of them.
     */
    static LocalDate officeDay(LocalDate day, LocalDate floor) {
        if (day == null) {
            return null;
        }
        int back = switch (day.getDayOfWeek()) {
            case SATURDAY -> 1;
            case SUNDAY -> 2;
            default -> 0;
        };
        LocalDate moved = day.minusDays(back);
        return floor != null && moved.isBefore(floor) ? day : moved;
    }

    static LocalDate notBeforeCalendar(LocalDate day) {
        return day.isBefore(CALENDAR_FIRST) ? CALENDAR_FIRST : day;
    }
}
