package uk.chatbatch.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales working days, the one calendar every timeliness measure uses.
 *
 * <p>The duration from S to E is the number of days D with S &lt; D &le; E that are Monday to
 * Friday and not a bank holiday (the DfE / CIN census convention: the start day is day 0). The table
 * covers 2010 to 2027. For a span reaching outside it, an exact count is refused rather than guessed, but
 * a yes-or-no question ("within 45 working days?") is answered when the answer is certain whatever the
 * holidays there were: the weekdays outside the table are counted as the most the span can have, and
 * those weekdays less {@value #MOST_BANK_HOLIDAYS_IN_A_YEAR} for each uncovered calendar year the span
 * touches as the least (no year in the table has more). Only an answer that could change is refused,
 * with {@link DateOutsideCalendarException}, which the indicators catch per record.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "bank-holidays-england-and-wales.csv";
    /** For definitions of indicators that ask whether a span is within a timescale. */
    public static final String WITHIN_OUTSIDE_THE_TABLE = " Bank holidays are England and Wales's from 2010 on"
            + " (GOV.UK). For a record with a date outside those years the answer is still computed when it is"
            + " certain whatever the holidays then were (a span far beyond the timescale, or well within it);"
            + " only a record whose answer could change is left out, of numerator and denominator, and counted"
            + " in the status message.";
    /** For definitions of indicators that need the exact number of working days. */
    public static final String COUNT_OUTSIDE_THE_TABLE = " Bank holidays are England and Wales's from 2010 on"
            + " (GOV.UK); a record with a date outside those years has no exact count of working days, so it is"
            + " left out and counted in the status message.";
    /** The most England and Wales bank holidays in any year of the table (2022: ten). */
    static final int MOST_BANK_HOLIDAYS_IN_A_YEAR = 10;
    private static final WorkingDayCalendar ENGLAND_AND_WALES = load();

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    /**
     * {@code workingDaysBefore[k]}: the working days among the table's first k days, so a span's count inside the
     * table is one subtraction (timeliness measures ask it of every record, for spans of weeks or months).
     */
    private final int[] workingDaysBefore;

    WorkingDayCalendar(Set<LocalDate> bankHolidays, int firstYear, int lastYear) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.firstDay = LocalDate.of(firstYear, 1, 1);
        this.lastDay = LocalDate.of(lastYear, 12, 31);
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
        workingDaysBefore = new int[days + 1];
        LocalDate d = firstDay;
        for (int k = 0; k < days; k++, d = d.plusDays(1)) {
            workingDaysBefore[k + 1] = workingDaysBefore[k] + (isWeekday(d) && !this.bankHolidays.contains(d) ? 1 : 0);
        }
    }

    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate day) {
        checkCovered(day);
        int k = dayOfTable(day);
        return workingDaysBefore[k + 1] > workingDaysBefore[k];
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day's place in the table, 0 for its first day. */
    private int dayOfTable(LocalDate day) {
        return (int) (day.toEpochDay() - firstDay.toEpochDay());
    }

    /** Working days D with from &lt; D &le; to, for from from the day before the table's first to its last day. */
    private int workingDaysInTable(LocalDate from, LocalDate to) {
        return workingDaysBefore[dayOfTable(to) + 1] - workingDaysBefore[dayOfTable(from) + 1];
    }

    public boolean isBankHoliday(LocalDate day) {
        checkCovered(day);
        return bankHolidays.contains(day);
    }

    /** Working days D with start &lt; D &le; end; negative when end is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        checkCovered(start);
        checkCovered(end);
        return workingDaysInTable(start, end);
    }

    /**
     * Whether end is at most n working days after start (start &lt; D &le; end), also for a span reaching
     * outside the table when the answer is certain whatever the holidays there; an end before start is
     * within. Throws {@link DateOutsideCalendarException} only when the answer could change.
     */
    public boolean withinWorkingDays(LocalDate start, LocalDate end, int n) {
        if (!end.isAfter(start)) {
            return true;
        }
        Range range = range(start, end);
        if (range.most() <= n) {
            return true;
        }
        if (range.least() > n) {
            return false;
        }
        throw new DateOutsideCalendarException(start.getYear() < firstYear || start.getYear() > lastYear ? start : end,
                firstYear, lastYear, "whether it is within " + n + " working days depends on bank holidays"
                        + " the table does not hold (between " + range.least() + " and " + range.most() + ")");
    }

    /** The least and most working days from start to end (start before end), exact inside the table. */
    private Range range(LocalDate start, LocalDate end) {
        LocalDate dayBeforeTable = firstDay.minusDays(1);
        LocalDate from = start.isBefore(dayBeforeTable) ? dayBeforeTable : start;
        LocalDate to = end.isAfter(lastDay) ? lastDay : end;
        int known = from.isBefore(to) ? workingDaysInTable(from, to) : 0;
        // the days outside the table, day by day: only spans reaching before or after its years have any
        int uncoveredWeekdays = 0;
        Set<Integer> uncoveredYears = new TreeSet<>();
        for (LocalDate d = start.plusDays(1); !d.isAfter(end) && d.isBefore(firstDay); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                uncoveredWeekdays++;
                uncoveredYears.add(d.getYear());
            }
        }
        for (LocalDate d = (start.isAfter(lastDay) ? start : lastDay).plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                uncoveredWeekdays++;
                uncoveredYears.add(d.getYear());
            }
        }
        int least = known + Math.max(0, uncoveredWeekdays - MOST_BANK_HOLIDAYS_IN_A_YEAR * uncoveredYears.size());
        return new Range(least, known + uncoveredWeekdays);
    }

    private record Range(int least, int most) {
    }

    /** The n-th working day after start (Excel WORKDAY). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The earliest date D with at most n working days from D to end (D &lt; day &le; end): the (n + 1)-th
     * working day counting back from end, or end's own date when n days back reach it. Counting back from
     * the end, rather than forward from each date, keeps dates before the calendar's first year comparable:
     * they are simply earlier than the answer.
     */
    public LocalDate earliestWithinWorkingDaysOf(LocalDate end, int n) {
        LocalDate day = end;
        int found = isWorkingDay(day) ? 1 : 0;
        while (found < n + 1) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private void checkCovered(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new DateOutsideCalendarException(day, firstYear, lastYear);
        }
    }

    private static WorkingDayCalendar load() {
        Set<LocalDate> days = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bank holiday calendar " + RESOURCE + " is missing from the product");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String iso : line.split(",")) {
                    LocalDate d = LocalDate.parse(iso.strip());
                    days.add(d);
                    first = Math.min(first, d.getYear());
                    last = Math.max(last, d.getYear());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, first, last);
    }

    /** A date the bank-holiday list does not cover: counting it as a plain weekday could be wrong. */
    public static final class DateOutsideCalendarException extends RuntimeException {
        public DateOutsideCalendarException(LocalDate day, int firstYear, int lastYear) {
            this(day, firstYear, lastYear, "working days cannot be counted for it");
        }

        DateOutsideCalendarException(LocalDate day, int firstYear, int lastYear, String consequence) {
            super("date " + day + " is outside the bank-holiday calendar (" + firstYear + " to " + lastYear + "); "
                    + consequence);
        }
    }
}
